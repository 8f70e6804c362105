#include "app/cli/CaseCommand.h"

#include "app/cli/Commands.h"
#include "models/storage/CaseAddress.h"
#include "models/storage/ServerCase.h"

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
    m_file = openCase(m_path, mode);
    return m_file != nullptr;
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
