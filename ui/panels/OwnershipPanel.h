#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>

class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace caravan {

class Task;
class CaseFile;
class OwnershipAnalysis;
struct OwnershipVerdict;

// The "Verdict" dock: for the selected entity, as of a date, whether it is blocked under the OFAC 50% rule
// (aggregated stakes of blocked owners), owned or controlled under the EU rule or the UK test, which lists each
// rule counted (the case's list setting, editable through "Lists and rules…"), and its effective
// (beneficial) owners, each with the stakes that justify it down to the listed persons. The rules run off
// the GUI thread once per date; choosing entities afterwards is instant.
class OwnershipPanel : public QWidget {
    Q_OBJECT
public:
    explicit OwnershipPanel(QWidget *parent = nullptr);
    ~OwnershipPanel() override;

    void setCase(CaseFile *file);
    void showEntity(const QString &extId);
    void setAsOf(const QDate &date);
    QDate asOf() const;
    QString plainText() const;
    bool isComputing() const;
    // Row id -> "blocked", "possibly_blocked", "needs_review" for every entity with owners (for tables).
    QHash<QString, QString> statuses() const { return m_statuses; }
    QPushButton *showOwnershipButton() const { return m_showOwnership; }
    QPushButton *listRulesButton() const { return m_listRules; }
    // Runs the rules again (the case's list setting changed).
    void refresh();

Q_SIGNALS:
    // The verdicts for the date are ready (statuses() is filled).
    void analysisReady();
    void entityActivated(const QString &extId);
    // "Show ownership": the ownership view focused on the entity shown (its owners up, its holdings down).
    void ownershipViewRequested(const QString &extId);
    // "Lists and rules…": the editor of which lists each rule counts.
    void listRulesRequested();

private:
    void recompute();
    void render();
    QString renderVerdict(const OwnershipVerdict &v) const;

    CaseFile *m_file = nullptr;
    QString m_entity;
    std::shared_ptr<OwnershipAnalysis> m_analysis;
    QHash<QString, QString> m_statuses;
    QPointer<Task> m_task;
    quint64 m_generation = 0;
    QDateEdit *m_date;
    QLabel *m_state;
    QTextBrowser *m_text;
    QPushButton *m_showOwnership;
    QPushButton *m_listRules = nullptr;
};

} // namespace caravan
