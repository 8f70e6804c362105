// caravan-cli mark: an investigator's decision on a chain, an entity or a shipment.
#include "app/cli/CaseCommand.h"
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
    CaseCommand command(usage, CaseFile::OpenMode::ReadWrite);
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
    command.addOptions({chain, entity, shipment, status, note, confidence, clear});
    if (!command.parse(arguments))
        return BadInput;

    const int targets = int(command.isSet(chain)) + int(command.isSet(entity)) + int(command.isSet(shipment));
    if (targets != 1)
        return fail(QStringLiteral("name exactly one of --chain, --entity or --shipment"));
    const MarkTarget target = command.isSet(chain)    ? MarkTarget::Chain
                              : command.isSet(entity) ? MarkTarget::Entity
                                                      : MarkTarget::Shipment;
    const QString ref = command.value(command.isSet(chain) ? chain : command.isSet(entity) ? entity : shipment);

    Mark mark;
    mark.target = target;
    mark.targetRef = ref;
    if (!command.isSet(clear)) {
        const auto parsed = markStatusFromName(command.value(status));
        if (!parsed)
            return fail(QStringLiteral("--status must be suspected, confirmed or dismissed"));
        mark.status = *parsed;
        mark.note = command.value(note);
        if (command.isSet(confidence)) {
            bool ok = false;
            const double c = command.value(confidence).toDouble(&ok);
            if (!ok || c < 0.0 || c > 1.0)
                return fail(QStringLiteral("--confidence must be a number from 0 to 1"));
            mark.confidence = c;
        }
    } else if (command.isSet(status)) {
        return fail(QStringLiteral("--clear and --status do not go together"));
    }

    if (CaseAddress::isServerAddress(command.path())) {
        if (const int code = runMarkOnServer(command.path(), mark, command.isSet(clear)); code != Success)
            return code;
    } else {
        if (!command.open())
            return BadInput;
        CaseFile *file = &command.file();
        if (!markstore::targetExists(*file, target, ref))
            return fail(QStringLiteral("there is no %1 with the id %2 in this case").arg(markTargetName(target), ref));
        const Status written =
            command.isSet(clear) ? markstore::remove(*file, target, ref) : markstore::put(*file, mark);
        if (!written)
            return fail(written.error().message);
    }
    if (command.json()) {
        QJsonObject o{{QStringLiteral("target"), markTargetName(target)}, {QStringLiteral("id"), ref}};
        if (command.isSet(clear)) {
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
            command.isSet(clear)
                ? QStringLiteral("cleared the mark on %1 %2").arg(markTargetName(target), ref)
                : QStringLiteral("marked %1 %2 %3").arg(markTargetName(target), ref, markStatusName(mark.status)));
    }
    return Success;
}

} // namespace caravan::cli
