#include "models/geo/WorldShapes.h"

#include "models/geo/MapProjection.h"
#include "models/import/CountryNames.h"

#include <QDataStream>
#include <QFile>

#include <cmath>

namespace caravan {

namespace {

constexpr quint16 kVersion = 1;

// The area centroid of a closed ring (shoelace), and its absolute area; the mean point when the area is nil.
QPointF centroid(const QPolygonF &ring, double *area)
{
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF p = ring.at(i), q = ring.at((i + 1) % n);
        const double cross = p.x() * q.y() - q.x() * p.y();
        a += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    *area = std::abs(a / 2);
    if (std::abs(a) < 1e-12) {
        QPointF sum;
        for (const QPointF &p : ring)
            sum += p;
        return ring.isEmpty() ? QPointF() : sum / static_cast<double>(ring.size());
    }
    return {cx / (3 * a), cy / (3 * a)};
}

// Where flows meet a country when its shape's centre is far from where its trade goes: Russia's centroid lies in
// Siberia, while its imports go to the west of it (Moscow).
QPointF anchorOverride(const QString &code, const QPointF &centre)
{
    if (code == QLatin1String("RU"))
        return {37.62, 55.75};
    return centre;
}

void finish(CountryShape &shape)
{
    double largest = -1;
    for (const QPolygonF &ring : shape.rings) {
        shape.bounds = shape.bounds.isNull() ? ring.boundingRect() : shape.bounds.united(ring.boundingRect());
        double area = 0;
        const QPointF c = centroid(ring, &area);
        if (area > largest) {
            largest = area;
            shape.anchor = c;
        }
        shape.projected.addPolygon(MapProjection::project(ring));
        shape.projected.closeSubpath();
    }
    shape.anchor = anchorOverride(shape.code, shape.anchor);
    shape.projectedAnchor = MapProjection::project(shape.anchor);
}

} // namespace

const WorldShapes &WorldShapes::instance()
{
    static const WorldShapes shapes = [] {
        QFile file(QStringLiteral(":/map/countries.bin"));
        return file.open(QIODevice::ReadOnly) ? fromData(file.readAll()) : WorldShapes();
    }();
    return shapes;
}

WorldShapes WorldShapes::fromData(const QByteArray &data, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return WorldShapes();
    };
    if (!data.startsWith("CVWM"))
        return fail(QStringLiteral("not a Caravan world map"));
    QDataStream in(data.mid(4));
    in.setByteOrder(QDataStream::LittleEndian);
    quint16 version = 0, count = 0;
    in >> version >> count;
    if (version != kVersion)
        return fail(QStringLiteral("world map version %1, expected %2").arg(version).arg(kVersion));
    WorldShapes world;
    world.m_countries.reserve(count);
    for (quint16 c = 0; c < count; ++c) {
        quint16 numeric = 0, rings = 0;
        in >> numeric >> rings;
        CountryShape shape;
        if (numeric > 0)
            shape.code = countrynames::codeOf(QStringLiteral("%1").arg(numeric, 3, 10, QLatin1Char('0')));
        for (quint16 r = 0; r < rings; ++r) {
            quint16 points = 0;
            in >> points;
            QPolygonF ring;
            ring.reserve(points);
            for (quint16 i = 0; i < points; ++i) {
                qint16 lon = 0, lat = 0;
                in >> lon >> lat;
                ring << QPointF(lon / 100.0, lat / 100.0);
            }
            shape.rings.push_back(std::move(ring));
        }
        if (in.status() != QDataStream::Ok)
            return fail(QStringLiteral("the world map is cut short at country %1").arg(c));
        finish(shape);
        if (!shape.code.isEmpty())
            world.m_index.insert(shape.code, static_cast<int>(world.m_countries.size()));
        world.m_countries.push_back(std::move(shape));
    }
    return world;
}

const CountryShape *WorldShapes::country(const QString &code) const
{
    const auto it = m_index.constFind(code.toUpper());
    return it == m_index.constEnd() ? nullptr : &m_countries[static_cast<std::size_t>(*it)];
}

int WorldShapes::pointCount() const
{
    qsizetype n = 0;
    for (const CountryShape &s : m_countries)
        for (const QPolygonF &r : s.rings)
            n += r.size();
    return static_cast<int>(n);
}

} // namespace caravan
