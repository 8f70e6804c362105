// caravan-cli mark: an investigator's decision on a chain, an entity or a shipment.
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/storage/CaseAddress.h"
#include "models/storage/MarkStore.h"

namespace caravan::cli {

int runMark(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli mark CASE (--chain ID | --entity ID | --shipment ID) "
                                         "--status suspected|confirmed|dismissed [--note TEXT] [--confidence C] | "
                                         "--clear");
    QCommandLineParser parser;
    const QCommandLineOption chain(QStringLiteral("chain"), QStringLiteral("Mark a chain (its id)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption entity(QStringLiteral("entity"), QStringLiteral("Mark an entity (its id)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption shipment(QStringLiteral("shipment"),
                                      QStringLiteral("Mark a shipment (its declaration id)."), QStringLiteral("ID"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("suspected, confirmed or dismissed."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    const QCommandLineOption confidence(QStringLiteral("confidence"), QStringLiteral("From 0 to 1."),
                                        QStringLiteral("C"));
    const QCommandLineOption clear(QStringLiteral("clear"), QStringLiteral("Remove the mark."));
    parser.addOptions({chain, entity, shipment, status, note, confidence, clear, jsonOption()});
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;

    const int targets = int(parser.isSet(chain)) + int(parser.isSet(entity)) + int(parser.isSet(shipment));
    if (targets != 1)
        return fail(QStringLiteral("name exactly one of --chain, --entity or --shipment"));
    const MarkTarget target = parser.isSet(chain)    ? MarkTarget::Chain
                              : parser.isSet(entity) ? MarkTarget::Entity
                                                     : MarkTarget::Shipment;
    const QString ref = parser.value(parser.isSet(chain) ? chain : parser.isSet(entity) ? entity : shipment);

    Mark mark;
    mark.target = target;
    mark.targetRef = ref;
    if (!parser.isSet(clear)) {
        const auto parsed = markStatusFromName(parser.value(status));
        if (!parsed)
            return fail(QStringLiteral("--status must be suspected, confirmed or dismissed"));
        mark.status = *parsed;
        mark.note = parser.value(note);
        if (parser.isSet(confidence)) {
            bool ok = false;
            const double c = parser.value(confidence).toDouble(&ok);
            if (!ok || c < 0.0 || c > 1.0)
                return fail(QStringLiteral("--confidence must be a number from 0 to 1"));
            mark.confidence = c;
        }
    } else if (parser.isSet(status)) {
        return fail(QStringLiteral("--clear and --status do not go together"));
    }

    const QString path = parser.positionalArguments().first();
    if (CaseAddress::isServerAddress(path)) {
        if (const int code = runMarkOnServer(path, mark, parser.isSet(clear)); code != Success)
            return code;
    } else {
        auto file = openCase(path, CaseFile::OpenMode::ReadWrite);
        if (!file)
            return BadInput;
        if (!markstore::targetExists(*file, target, ref))
            return fail(QStringLiteral("there is no %1 with the id %2 in this case").arg(markTargetName(target), ref));
        const Status written =
            parser.isSet(clear) ? markstore::remove(*file, target, ref) : markstore::put(*file, mark);
        if (!written)
            return fail(written.error().message);
    }
    if (parser.isSet(jsonOption())) {
        QJsonObject o{{QStringLiteral("target"), markTargetName(target)}, {QStringLiteral("id"), ref}};
        if (parser.isSet(clear)) {
            o.insert(QStringLiteral("cleared"), true);
        } else {
            o.insert(QStringLiteral("status"), markStatusName(mark.status));
            o.insert(QStringLiteral("note"), mark.note);
            if (mark.confidence)
                o.insert(QStringLiteral("confidence"), *mark.confidence);
        }
        printJson(o);
    } else {
        printLine(
            parser.isSet(clear)
                ? QStringLiteral("cleared the mark on %1 %2").arg(markTargetName(target), ref)
                : QStringLiteral("marked %1 %2 %3").arg(markTargetName(target), ref, markStatusName(mark.status)));
    }
    return Success;
}

} // namespace caravan::cli
