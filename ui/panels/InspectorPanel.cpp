#include "ui/panels/InspectorPanel.h"

#include "models/itemmodels/EntityTableModel.h"
#include "models/itemmodels/MarkTableModel.h"
#include "models/storage/EntityDetails.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace caravan {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString sourceNote(const QString &source)
{
    return source.isEmpty() ? QString() : QStringLiteral(" <span style='color:#777'>[%1]</span>").arg(esc(source));
}

QString section(const QString &title, const QStringList &rows)
{
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><ul style='margin-top:0'>%2</ul>")
        .arg(esc(title), u"<li>" + rows.join(QStringLiteral("</li><li>")) + u"</li>");
}

QStringList sourcedRows(const QList<SourcedText> &items)
{
    QStringList rows;
    for (const SourcedText &t : items) {
        QString row = esc(t.text);
        if (!t.detail.isEmpty())
            row = QStringLiteral("<i>%1</i> %2").arg(esc(vocabularyLabel(t.detail)), row);
        rows << row + sourceNote(t.source);
    }
    return rows;
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Inspector"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"entity")
            Q_EMIT entityActivated(url.path().toLongLong());
    });
    clear();
}

void InspectorPanel::setCase(sqlite3 *db)
{
    m_db = db;
    clear();
}

void InspectorPanel::clear()
{
    m_browser->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                           .arg(esc(tr("Select an entity in a table to see all its names, identifiers, addresses, "
                                       "links and sources here."))));
}

QString InspectorPanel::plainText() const
{
    return m_browser->toPlainText();
}

void InspectorPanel::showEntity(qint64 rowId)
{
    if (!m_db || rowId <= 0) {
        clear();
        return;
    }
    auto details = loadEntityDetails(m_db, rowId);
    if (!details) {
        m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(esc(details.error().message)));
        return;
    }
    m_browser->setHtml(render(details.value()));
}

QString InspectorPanel::render(const EntityDetails &d) const
{
    QString html = QStringLiteral("<h3 style='margin-bottom:0'>%1</h3><p style='margin-top:2px'>%2 · %3%4</p>")
                       .arg(esc(d.name), esc(vocabularyLabel(d.type)), esc(d.extId),
                            d.country.isEmpty() ? QString() : QStringLiteral(" · ") + esc(d.country));
    if (!d.markStatus.isEmpty())
        html += QStringLiteral("<p style='background:%1;padding:4px'><b>%2</b> %3<br/><i>%4</i></p>")
                    .arg(markStatusColor(d.markStatus).lighter(170).name(), esc(tr("Marked %1").arg(d.markStatus)),
                         esc(d.markNote), esc(d.markBy));
    if (!d.birthDate.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(esc(d.type == u"Person" ? tr("Born") : tr("Incorporated")), esc(d.birthDate));
    html += section(tr("Designations"), sourcedRows(d.designations));
    html += section(tr("Names"), sourcedRows(d.names));
    html += section(tr("Identifiers"), sourcedRows(d.identifiers));
    html += section(tr("Addresses"), sourcedRows(d.addresses));
    QStringList owners, holdings;
    for (const RelatedEntity &r : d.related) {
        QString row = QStringLiteral("<a href='entity:%1'>%2</a> <i>%3</i>")
                          .arg(r.rowId)
                          .arg(esc(r.name), esc(vocabularyLabel(r.linkType)));
        if (!r.share.isEmpty())
            row += QStringLiteral(" %1%").arg(esc(r.share));
        if (!r.period.isEmpty())
            row += QStringLiteral(" (%1)").arg(esc(r.period));
        (r.outgoing ? holdings : owners) << row + sourceNote(r.source);
    }
    html += section(tr("Owners and officers"), owners);
    html += section(tr("Holdings and directorships"), holdings);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Shipments: %1 sent, %2 received").arg(d.shipmentsOut).arg(d.shipmentsIn)));
    if (!d.source.isEmpty())
        html += QStringLiteral("<p style='color:#777'>%1</p>").arg(esc(tr("First seen in %1").arg(d.source)));
    return html;
}

} // namespace caravan
