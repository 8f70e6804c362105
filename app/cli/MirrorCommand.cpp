// caravan-cli mirror: mirror statistics, surges and hubs' re-export balance (models/analysis/MirrorComparison).
#include "app/cli/CaseCommand.h"
#include "app/cli/CliProgress.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/analysis/MirrorComparison.h"

#include <QRegularExpression>

namespace caravan::cli {

namespace {

std::optional<double> numberIn(const QString &text, double low, double high)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v >= low && v <= high ? std::optional<double>(v) : std::nullopt;
}

} // namespace

int runMirror(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "caravan-cli mirror CASE [--hs PREFIX] [--from YYYY-MM] [--to YYYY-MM] [--level hs6|hs4|hs2|tier] "
        "[--period month|quarter|year] [--flagged] [--currency CUR] [--margin P] [--lag N] [--gap P] "
        "[--baseline YYYY-YYYY] [--surge X] [--json]");
    CaseCommand command(usage, CaseFile::OpenMode::ReadOnly);
    const QCommandLineOption hs(QStringLiteral("hs"), QStringLiteral("Only HS codes starting with these digits."),
                                QStringLiteral("PREFIX"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First month (YYYY-MM)."),
                                  QStringLiteral("YYYY-MM"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last month (YYYY-MM)."),
                                QStringLiteral("YYYY-MM"));
    const QCommandLineOption level(QStringLiteral("level"), QStringLiteral("hs6 (default), hs4, hs2 or tier (CHPL)."),
                                   QStringLiteral("L"));
    const QCommandLineOption period(QStringLiteral("period"), QStringLiteral("month, quarter or year (default)."),
                                    QStringLiteral("P"));
    const QCommandLineOption flagged(QStringLiteral("flagged"), QStringLiteral("Only flows with a flag."));
    const QCommandLineOption currency(
        QStringLiteral("currency"),
        QStringLiteral("Currency of the comparison (default: USD if the case holds USD rates, else the statistics' "
                       "own)."),
        QStringLiteral("CUR"));
    const QCommandLineOption margin(QStringLiteral("margin"), QStringLiteral("CIF/FOB margin in percent (default 5)."),
                                    QStringLiteral("P"));
    const QCommandLineOption lag(QStringLiteral("lag"), QStringLiteral("Reporting lag allowed, in months (default 1)."),
                                 QStringLiteral("N"));
    const QCommandLineOption gap(QStringLiteral("gap"),
                                 QStringLiteral("Gap flagged from this percent of the expected imports (default 25)."),
                                 QStringLiteral("P"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      QStringLiteral("Years of the surge baseline (default 2019-2021)."),
                                      QStringLiteral("YYYY-YYYY"));
    const QCommandLineOption surge(QStringLiteral("surge"),
                                   QStringLiteral("Growth flagged as a surge (default 2; CHPL tiers 1-2: 1.5)."),
                                   QStringLiteral("X"));
    command.addOptions({hs, from, to, level, period, flagged, currency, margin, lag, gap, baseline, surge});
    if (!command.parse(arguments))
        return BadInput;

    MirrorSettings s;
    static const QRegularExpression digits(QStringLiteral("^\\d{1,10}$"));
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    static const QRegularExpression years(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    s.hsPrefix = command.value(hs);
    if (!s.hsPrefix.isEmpty() && !digits.match(s.hsPrefix).hasMatch())
        return fail(
            QStringLiteral("--hs takes the digits an HS code starts with, e.g. 8542; got '%1'").arg(s.hsPrefix));
    for (const auto *o : {&from, &to})
        if (command.isSet(*o) && !month.match(command.value(*o)).hasMatch())
            return fail(
                QStringLiteral("--%1 takes a month as YYYY-MM; got '%2'").arg(o->names().first(), command.value(*o)));
    s.from = command.value(from);
    s.to = command.value(to);
    if (!s.from.isEmpty() && !s.to.isEmpty() && s.from > s.to)
        return fail(QStringLiteral("--from %1 is after --to %2").arg(s.from, s.to));
    if (command.isSet(level)) {
        const auto l = MirrorSettings::levelOf(command.value(level));
        if (!l)
            return fail(QStringLiteral("--level is hs6, hs4, hs2 or tier; got '%1'").arg(command.value(level)));
        s.level = *l;
    }
    if (command.isSet(period)) {
        const auto p = MirrorSettings::periodOf(command.value(period));
        if (!p)
            return fail(QStringLiteral("--period is month, quarter or year; got '%1'").arg(command.value(period)));
        s.period = *p;
    }
    s.flaggedOnly = command.isSet(flagged);
    if (command.isSet(currency)) {
        if (!code.match(command.value(currency)).hasMatch())
            return fail(QStringLiteral("--currency takes a three-letter code such as USD; got '%1'")
                            .arg(command.value(currency)));
        s.currency = command.value(currency).toUpper();
    }
    // The margin and the lag the case holds (set in the Anomalies view) unless given here.
    std::optional<double> marginPercent;
    std::optional<int> lagMonths;
    if (command.isSet(margin)) {
        marginPercent = MirrorSettings::parseMarginPercent(command.value(margin));
        if (!marginPercent)
            return fail(QStringLiteral("--margin takes a percent from 0 to 100; got '%1'").arg(command.value(margin)));
    }
    if (command.isSet(lag)) {
        lagMonths = MirrorSettings::parseLagMonths(command.value(lag));
        if (!lagMonths)
            return fail(QStringLiteral("--lag takes whole months from 0 to 6; got '%1'").arg(command.value(lag)));
    }
    if (command.isSet(gap)) {
        const auto v = numberIn(command.value(gap), 0, 1000);
        if (!v)
            return fail(QStringLiteral("--gap takes a percent; got '%1'").arg(command.value(gap)));
        s.gapPct = *v;
    }
    if (command.isSet(baseline)) {
        const auto m = years.match(command.value(baseline));
        if (!m.hasMatch() || m.captured(1).toInt() > m.captured(2).toInt())
            return fail(QStringLiteral("--baseline takes years as YYYY-YYYY; got '%1'").arg(command.value(baseline)));
        s.baselineFrom = m.captured(1).toInt();
        s.baselineTo = m.captured(2).toInt();
    }
    if (command.isSet(surge)) {
        const auto v = numberIn(command.value(surge), 1, 1000);
        if (!v)
            return fail(
                QStringLiteral("--surge takes a growth factor of 1 or more; got '%1'").arg(command.value(surge)));
        s.surgeFactor = *v;
        s.surgeFactorChpl = std::min(s.surgeFactorChpl, *v);
    }

    if (!command.open())
        return BadInput;
    CaseFile *file = &command.file();
    if (const Status st = s.loadStored(*file); !st)
        return fail(st.error().message);
    if (marginPercent)
        s.cifFobMargin = *marginPercent / 100;
    if (lagMonths)
        s.lagMonths = *lagMonths;
    CliProgress progress;
    auto result = compareMirror(file->handle(), s, progress);
    if (!result)
        return fail(result.error().message);
    if (const Status st = describeMirrorParties(*file, *result, progress); !st)
        return fail(st.error().message);
    if (command.json()) {
        printJson(result->toJson());
        return Success;
    }
    printLine(QStringLiteral("%1 flow(s) compared in %2 (%3 statistics rows, %4 without an exchange rate)")
                  .arg(result->flows.size())
                  .arg(result->currency)
                  .arg(result->rows)
                  .arg(result->unconverted));
    for (const MirrorFlow &f : result->flows) {
        printLine(QStringLiteral("%1 -> %2 %3 %4 [%5] %6")
                      .arg(f.exporter, f.importer, f.hs, f.period, f.flags.join(u','), f.explanation));
        for (const MirrorParty &p : f.parties)
            printLine(QStringLiteral("    %1 %2 (%3), %4 shipment(s)%5%6; %7")
                          .arg(MirrorParty::roleName(p.role), p.id, p.name)
                          .arg(p.shipments)
                          .arg(p.share ? QStringLiteral(", %1% of the flow").arg(*p.share * 100, 0, 'g', 4) : QString(),
                               p.flags.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(p.flags.join(u',')),
                               p.verdict));
    }
    return Success;
}

} // namespace caravan::cli
