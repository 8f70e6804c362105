#pragma once

#include "models/import/ColumnMapping.h"
#include "models/import/ImportJob.h"
#include "models/import/MappingProposal.h"

#include <QPointer>
#include <QWizard>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QTableWidget;

namespace caravan {

class Task;
class CaseFile;

// File > Import: pick files, see what was detected, map the columns of a foreign CSV with a live preview,
// run the import off the GUI thread with progress and Cancel, and finish on a summary with the rejected rows.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilesPage, MappingPage, RunPage, SummaryPage };

    ImportWizard(CaseFile &file, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For tests and drag-and-drop: adds files to the list as "Add Files…" does.
    void addFiles(const QStringList &paths);
    // The mapping used for files imported as mapped CSV.
    ColumnMapping &mapping() { return m_mapping; }
    // Re-reads the preview and re-checks the mapping after a change.
    void refreshMapping();
    QStringList mappingProblems() const { return m_mappingProblems; }
    // What was proposed for the first mapped file (columns and why, encoding, delimiter, dates, decimals).
    const std::optional<MappingProposal> &proposal() const { return m_proposal; }
    // The line that says what was detected, as shown above the column table.
    QString detectedText() const;
    const QList<ImportSummary> &summaries() const { return m_summaries; }
    bool importSucceeded() const { return m_succeeded; }
    QString failure() const { return m_failure; }
    int nextId() const override;
    void reject() override;

Q_SIGNALS:
    // Rows were committed to the case (at least one file imported).
    void imported();
    void runFinished();

private:
    struct Entry {
        QString path;
        QString format; // chosen format; "csv" means mapped
        QString detail; // what detection said
    };
    QWizardPage *createFilesPage();
    QWizardPage *createMappingPage();
    QWizardPage *createRunPage();
    QWizardPage *createSummaryPage();
    void describeEntry(int row);
    bool anyMapped() const;
    QString firstMappedPath() const;
    void rebuildFieldTable();
    // Why the proposal took the column of `field`, translated; empty when it did not (or the person changed it).
    QString reasonFor(const QString &field) const;
    void readFieldTable();
    void startImport();
    void showSummary();

    CaseFile &m_file;
    QList<Entry> m_entries;
    ColumnMapping m_mapping;
    QStringList m_header;
    QStringList m_mappingProblems;
    std::optional<MappingProposal> m_proposal;
    QList<ImportSummary> m_summaries;
    bool m_succeeded = false;
    bool m_running = false;
    QString m_failure;
    QPointer<Task> m_task;

    QListWidget *m_fileList = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QLabel *m_fileDetail = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLineEdit *m_dateFormat = nullptr;
    QComboBox *m_decimalCombo = nullptr;
    QTableWidget *m_fieldTable = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_detectedLabel = nullptr;
    QLabel *m_runLabel = nullptr;
    QProgressBar *m_runBar = nullptr;
    QTableWidget *m_summaryTable = nullptr;
    QTableWidget *m_rejectedTable = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace caravan
