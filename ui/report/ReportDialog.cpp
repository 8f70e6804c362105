#include "ui/report/ReportDialog.h"

#include "models/report/ReportBuilder.h"
#include "models/storage/CaseFile.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/report/ReportPainter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace caravan {

namespace {

QString sectionLabel(ReportSectionId id)
{
    switch (id) {
    case ReportSectionId::Summary:
        return ReportDialog::tr("Summary figures");
    case ReportSectionId::Chains:
        return ReportDialog::tr("Confirmed and suspected chains");
    case ReportSectionId::Ownership:
        return ReportDialog::tr("Ownership verdicts and designations");
    case ReportSectionId::Charts:
        return ReportDialog::tr("Charts");
    case ReportSectionId::Anomalies:
        return ReportDialog::tr("Trade anomalies (mirror statistics) and the companies behind them");
    case ReportSectionId::Notes:
        return ReportDialog::tr("Investigator's notes");
    case ReportSectionId::Sources:
        return ReportDialog::tr("Sources with SHA-256");
    case ReportSectionId::Audit:
        return ReportDialog::tr("Audit trail");
    }
    return {};
}

} // namespace

ReportDialog::ReportDialog(const CaseFile &file, ReportInputs inputs, QWidget *parent)
    : QDialog(parent), m_file(file), m_inputs(std::move(inputs)),
      m_leaveOutOutliers(new QCheckBox(tr("Leave out outliers"), this)),
      m_logScale(new QCheckBox(tr("Log scale"), this)),
      m_ownershipAppendix(new QCheckBox(tr("Ownership of every other entity (appendix)"), this)),
      m_investigator(new QLineEdit(this)), m_classification(new QLineEdit(this)), m_status(new QLabel(this)),
      m_save(new QPushButton(tr("Save as PDF…"), this)), m_printer(new QPrinter(QPrinter::ScreenResolution)),
      m_preview(new QPrintPreviewWidget(m_printer, this))
{
    setObjectName(QStringLiteral("ReportDialog"));
    setWindowTitle(tr("Report — %1").arg(file.title()));
    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (ReportSectionId id : allReportSections()) {
        auto *box = new QCheckBox(sectionLabel(id), sections);
        box->setChecked(true);
        sectionLayout->addWidget(box);
        m_sections.insert(id, box);
        connect(box, &QCheckBox::toggled, this, &ReportDialog::rebuild);
    }
    sectionLayout->addStretch(1);
    // The summary's declared value and the charts, without shipments whose unit value is 20x from their HS-6 median.
    m_leaveOutOutliers->setObjectName(QStringLiteral("leaveOutOutliers"));
    m_leaveOutOutliers->setChecked(ReportOptions().leaveOutOutliers);
    m_logScale->setObjectName(QStringLiteral("logScale"));
    // The ownership section covers what was marked; the verdicts of every other entity only when asked for.
    m_ownershipAppendix->setObjectName(QStringLiteral("ownershipAppendix"));
    m_ownershipAppendix->setToolTip(tr("Adds the ownership verdicts of the entities that no marked chain or "
                                       "marked entity involves, and every designation of the case, as appendices"));
    for (QCheckBox *box : {m_leaveOutOutliers, m_logScale, m_ownershipAppendix})
        connect(box, &QCheckBox::toggled, this, &ReportDialog::rebuild);
    m_investigator->setText(file.setting(QStringLiteral("investigator"), currentUserName()));
    m_classification->setPlaceholderText(tr("CONFIDENTIAL — for the recipients named by the investigator only"));
    m_classification->setText(file.setting(QStringLiteral("report.classification")));
    auto *form = new QFormLayout;
    form->addRow(tr("Investigator:"), m_investigator);
    form->addRow(tr("Classification:"), m_classification);
    for (QLineEdit *edit : {m_investigator, m_classification})
        connect(edit, &QLineEdit::editingFinished, this, &ReportDialog::rebuild);

    auto *left = new QVBoxLayout;
    left->addWidget(sections);
    left->addWidget(m_leaveOutOutliers);
    left->addWidget(m_logScale);
    left->addWidget(m_ownershipAppendix);
    left->addLayout(form);
    left->addWidget(m_status);
    left->addStretch(1);
    m_status->setWordWrap(true);

    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_document)
            return;
        NullProgress progress;
        ReportPainter painter(*m_document);
        (void)painter.paint(*printer, progress);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::chooseAndSave);
    connect(&m_watcher, &QFutureWatcher<Result<ReportDocument>>::finished, this, &ReportDialog::built);

    auto *top = new QHBoxLayout;
    top->addLayout(left, 0);
    top->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    resize(1100, 800);
    rebuild();
}

ReportDialog::~ReportDialog()
{
    // Hiding moves the focus, and a line edit losing it would ask for a rebuild of a dialog going away.
    m_investigator->disconnect(this);
    m_classification->disconnect(this);
    m_watcher.waitForFinished();
    delete m_preview;
    delete m_printer;
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.sections.clear();
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it)
        if (it.value()->isChecked())
            o.sections << it.key();
    o.investigator = m_investigator->text().trimmed();
    o.classification = m_classification->text().trimmed();
    o.leaveOutOutliers = m_leaveOutOutliers->isChecked();
    o.logScale = m_logScale->isChecked();
    o.ownershipAppendix = m_ownershipAppendix->isChecked();
    return o;
}

void ReportDialog::setSectionChecked(ReportSectionId id, bool checked)
{
    if (QCheckBox *box = m_sections.value(id))
        box->setChecked(checked);
}

void ReportDialog::rebuild()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_building = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Building the report…"));
    const QString path = m_file.path();
    const ReportInputs inputs = m_inputs;
    const ReportOptions o = options();
    const bool readOnly = m_file.isReadOnly();
    const CaseFile *owner = &m_file;
    m_watcher.setFuture(QtConcurrent::run([path, inputs, o, readOnly, owner]() -> Result<ReportDocument> {
        // The builder reads on a connection of its own, in this thread.
        auto worker = readOnly ? CaseFile::open(path, CaseFile::OpenMode::ReadOnly) : CaseFile::openForWorker(*owner);
        if (!worker)
            return worker.error();
        NullProgress progress;
        return ReportBuilder(**worker, inputs, o).build(progress);
    }));
}

void ReportDialog::built()
{
    if (m_pending) {
        rebuild();
        return;
    }
    m_building = false;
    Result<ReportDocument> result = m_watcher.result();
    if (!result) {
        m_document.reset();
        m_status->setText(result.error().message);
        return;
    }
    m_document = result.takeValue();
    m_preview->updatePreview();
    m_save->setEnabled(true);
    m_status->setText(tr("%n page(s)", nullptr, previewPageCount()));
    Q_EMIT documentReady();
}

int ReportDialog::previewPageCount() const
{
    return m_preview->pageCount();
}

bool ReportDialog::saveTo(const QString &path)
{
    if (!m_document)
        return false;
    NullProgress progress;
    auto pages = ReportPainter::writePdf(*m_document, path, progress);
    if (!pages) {
        Dialogs::instance().showError(this, tr("Save report"), pages.error().message);
        return false;
    }
    m_status->setText(tr("Saved %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportDialog::chooseAndSave()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QFileInfo(m_file.path()).completeBaseName() + QStringLiteral("-report.pdf"));
    QString path = Dialogs::instance().saveFile(this, tr("Save report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    saveTo(path);
}

} // namespace caravan
