#include "app/cli/CaseCommand.h"

#include "app/cli/Commands.h"
#include "models/storage/CaseAddress.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerReplica.h"

namespace caravan::cli {

CaseCommand::CaseCommand(QString usage, CaseFile::OpenMode mode, Server server)
    : m_usage(std::move(usage)), m_mode(mode), m_serverUse(server)
{
    m_parser.addOption(jsonOption());
}

CaseCommand::~CaseCommand() = default;

bool CaseCommand::parse(const QStringList &arguments)
{
    if (!parseCaseArguments(m_parser, arguments, m_usage))
        return false;
    m_path = m_parser.positionalArguments().first();
    return true;
}

bool CaseCommand::open(CaseFile::OpenMode mode)
{
    if (m_serverUse == Server::Allowed && CaseAddress::isServerAddress(m_path)) {
        m_server = openServerCase(m_path);
        return m_server != nullptr;
    }
    if (m_serverUse == Server::Replica && mode == CaseFile::OpenMode::ReadWrite &&
        CaseAddress::isServerAddress(m_path)) {
        auto opened = openReplica(m_path, mode);
        if (!opened) {
            fail(opened.error().message, exitCodeFor(opened.error()));
            return false;
        }
        m_file = opened.takeValue();
        m_replicaSettings = ServerReplica::settingsOf(*m_file);
        return true;
    }
    m_file = openCase(m_path, mode);
    return m_file != nullptr;
}

Status CaseCommand::saveReplicaSettings()
{
    if (!m_replicaSettings || ServerReplica::settingsOf(*m_file) == *m_replicaSettings)
        return {};
    auto address = CaseAddress::parse(m_path);
    if (!address)
        return address.error();
    // The replica's own settings and audit rows give way to the server's at the next sync, whatever happens here.
    if (auto st = ServerReplica(*address).markStale({QStringLiteral("settings"), QStringLiteral("audit_log")}); !st)
        return st;
    auto server = ServerCase::open(*address);
    if (!server)
        return server.error();
    // A reader may not change them: the settings given apply to this run only.
    if ((*server)->role() == CaseRole::Reader)
        return {};
    return ServerReplica::pushSettings(*m_replicaSettings, *m_file, **server);
}

int CaseCommand::print(const std::function<QJsonObject()> &json, const std::function<void()> &text) const
{
    if (this->json())
        printJson(json());
    else
        text();
    return Success;
}

} // namespace caravan::cli
