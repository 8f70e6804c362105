#pragma once

#include <QList>
#include <QString>

namespace caravan {

enum class IssueSeverity { Info, Warning, Error };

// One non-fatal problem met while working (a dangling reference, an odd value), with where it was found.
struct Issue {
    IssueSeverity severity = IssueSeverity::Warning;
    QString where; // file name, record or line
    QString message;
};

// Collects non-fatal problems for the Problems panel and for command-line summaries.
class IssueLog {
public:
    void add(IssueSeverity severity, QString where, QString message)
    {
        m_issues.append(Issue{severity, std::move(where), std::move(message)});
    }
    void warn(QString where, QString message) { add(IssueSeverity::Warning, std::move(where), std::move(message)); }
    const QList<Issue> &issues() const { return m_issues; }
    qsizetype count() const { return m_issues.size(); }
    bool isEmpty() const { return m_issues.isEmpty(); }
    void clear() { m_issues.clear(); }

private:
    QList<Issue> m_issues;
};

} // namespace caravan
