#pragma once

#include "models/core/Result.h"
#include "models/report/ReportInputs.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QMap>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

namespace caravan {

class CaseFile;

// Makes the PDF report of a case: the sections to include (checkboxes), the investigator and classification
// lines, a preview of the pages, and Save as PDF. The content is built off the GUI thread; detector chains
// and ownership verdicts come in through ReportInputs from whoever opens the dialog.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const CaseFile &file, ReportInputs inputs, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportOptions options() const;
    void setSectionChecked(ReportSectionId id, bool checked);
    // Builds the report again from the case and shows it in the preview.
    void rebuild();
    // Writes the report showing to `path`; false (and the reason shown) on failure.
    bool saveTo(const QString &path);
    // True from a change until the new report is in the preview.
    bool isBuilding() const { return m_building; }
    int previewPageCount() const;
    const std::optional<ReportDocument> &document() const { return m_document; }

Q_SIGNALS:
    void documentReady();

private:
    void built();
    void chooseAndSave();

    const CaseFile &m_file;
    ReportInputs m_inputs;
    QMap<ReportSectionId, QCheckBox *> m_sections;
    QCheckBox *m_leaveOutOutliers;
    QCheckBox *m_logScale;
    QCheckBox *m_ownershipAppendix;
    QLineEdit *m_investigator;
    QLineEdit *m_classification;
    QLabel *m_status;
    QPushButton *m_save;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
    std::optional<ReportDocument> m_document;
    QFutureWatcher<Result<ReportDocument>> m_watcher;
    bool m_pending = false;
    bool m_building = false;
};

} // namespace caravan
