#include "ui/import/ImportWizard.h"

#include "models/import/CaravanCsvReader.h"
#include "models/import/CsvPreview.h"
#include "models/import/ImportFormats.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"
#include "models/tasks/RunTask.h"
#include "ui/dialogs/Dialogs.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace caravan {

namespace {

// A page whose Next button follows a predicate; refresh() re-asks it.
class CheckedPage : public QWizardPage {
public:
    explicit CheckedPage(std::function<bool()> complete) : m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete(); }
    void refresh() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

const QString kMapped = QStringLiteral("csv");

QStringList encodings()
{
    return {QString(),
            QStringLiteral("utf-8"),
            QStringLiteral("windows-1251"),
            QStringLiteral("koi8-r"),
            QStringLiteral("latin-1"),
            QStringLiteral("utf-16le"),
            QStringLiteral("utf-16be")};
}

} // namespace

ImportWizard::ImportWizard(CaseFile &file, QWidget *parent) : QWizard(parent), m_file(file)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilesPage, createFilesPage());
    setPage(MappingPage, createMappingPage());
    setPage(RunPage, createRunPage());
    setPage(SummaryPage, createSummaryPage());
    setStartId(FilesPage);
    resize(1000, 680);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == MappingPage)
            refreshMapping();
        else if (id == RunPage)
            startImport();
        else if (id == SummaryPage)
            showSummary();
    });
}

ImportWizard::~ImportWizard()
{
    if (m_task)
        m_task->abandon();
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilesPage:
        return anyMapped() ? MappingPage : RunPage;
    case MappingPage:
        return RunPage;
    case RunPage:
        return SummaryPage;
    default:
        return -1;
    }
}

// ---- Files ------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createFilesPage()
{
    auto *page = new CheckedPage([this] { return !m_entries.isEmpty(); });
    page->setTitle(tr("Files to import"));
    page->setSubTitle(tr("Caravan recognises Caravan CSV, FollowTheMoney, BODS, OFAC SDN and trade statistics. "
                         "Any other CSV is imported through a column mapping on the next page."));
    auto *layout = new QVBoxLayout(page);
    m_fileList = new QListWidget(page);
    m_fileList->setAccessibleName(tr("Files to import"));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Files…"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    m_formatCombo = new QComboBox(page);
    m_formatCombo->addItem(tr("Mapped CSV (any columns)"), kMapped);
    for (const QString &name : importformats::names())
        if (name != kMapped)
            m_formatCombo->addItem(name, name);
    m_fileDetail = new QLabel(page);
    m_fileDetail->setWordWrap(true);
    form->addRow(tr("Read as:"), m_formatCombo);
    form->addRow(tr("Detected:"), m_fileDetail);
    layout->addWidget(m_fileList, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(this, tr("Files to import"), {},
                                               tr("Data files (*.csv *.txt *.tsv *.json *.jsonl *.ftm *.xml);;"
                                                  "All files (*)")));
    });
    connect(remove, &QPushButton::clicked, this, [this, page] {
        const int row = m_fileList->currentRow();
        if (row < 0)
            return;
        m_entries.removeAt(row);
        delete m_fileList->takeItem(row);
        page->refresh();
    });
    connect(m_fileList, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool valid = row >= 0 && row < m_entries.size();
        m_formatCombo->setEnabled(valid);
        if (!valid) {
            m_fileDetail->clear();
            return;
        }
        const QSignalBlocker block(m_formatCombo);
        m_formatCombo->setCurrentIndex(m_formatCombo->findData(m_entries[row].format));
        m_fileDetail->setText(m_entries[row].detail);
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int row = m_fileList->currentRow();
        if (row < 0 || row >= m_entries.size())
            return;
        m_entries[row].format = m_formatCombo->currentData().toString();
        describeEntry(row);
    });
    return page;
}

void ImportWizard::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        Entry e;
        e.path = path;
        auto detected = importformats::detect(path);
        if (detected)
            e.format = detected.value();
        else {
            e.format = kMapped;
            e.detail = detected.error().message;
        }
        m_entries.append(e);
        m_fileList->addItem(QFileInfo(path).fileName());
        describeEntry(static_cast<int>(m_entries.size() - 1));
    }
    if (m_fileList->currentRow() < 0 && m_fileList->count() > 0)
        m_fileList->setCurrentRow(0);
    static_cast<CheckedPage *>(page(FilesPage))->refresh();
}

void ImportWizard::describeEntry(int row)
{
    Entry &e = m_entries[row];
    QString text;
    if (e.format == kMapped) {
        auto preview = previewCsv(e.path, {}, 0);
        text = preview ? tr("a CSV file with %n columns (%1, delimiter “%2”): map them on the next page", nullptr,
                            static_cast<int>(preview->header.size()))
                             .arg(preview->encoding,
                                  preview->delimiter == u'\t' ? QStringLiteral("tab") : QString(preview->delimiter))
                       : preview.error().message;
    } else {
        ImportOptions options;
        options.format = e.format;
        auto job = ImportJob::prepare(e.path, options);
        text = job ? tr("%1, %2, encoding %3").arg((*job)->format(), (*job)->kind(), (*job)->encoding())
                   : job.error().message;
    }
    e.detail = text;
    m_fileList->item(row)->setText(QStringLiteral("%1  —  %2").arg(QFileInfo(e.path).fileName(), e.format));
    m_fileList->item(row)->setToolTip(text);
    if (m_fileList->currentRow() == row)
        m_fileDetail->setText(text);
}

bool ImportWizard::anyMapped() const
{
    for (const Entry &e : m_entries)
        if (e.format == kMapped)
            return true;
    return false;
}

QString ImportWizard::firstMappedPath() const
{
    for (const Entry &e : m_entries)
        if (e.format == kMapped)
            return e.path;
    return {};
}

// ---- Mapping ----------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new CheckedPage([this] { return m_mappingProblems.isEmpty(); });
    page->setTitle(tr("Map the columns"));
    page->setSubTitle(tr("Choose which column feeds each Caravan field, or give a value for every row. The preview "
                         "shows the first rows as Caravan will read them; red cells would be rejected."));
    auto *layout = new QVBoxLayout(page);
    auto *options = new QHBoxLayout;
    m_kindCombo = new QComboBox(page);
    for (const auto &[kind, label] :
         {std::pair{QStringLiteral("shipments"), tr("Shipments")},
          std::pair{QStringLiteral("entities"), tr("Entities")}, std::pair{QStringLiteral("links"), tr("Links")},
          std::pair{QStringLiteral("sanctions"), tr("Sanctions")}})
        m_kindCombo->addItem(label, kind);
    m_encodingCombo = new QComboBox(page);
    for (const QString &e : encodings())
        m_encodingCombo->addItem(e.isEmpty() ? tr("detect") : e, e);
    m_dateFormat = new QLineEdit(page);
    m_dateFormat->setPlaceholderText(QStringLiteral("dd.MM.yyyy"));
    m_dateFormat->setMaximumWidth(120);
    m_decimalCombo = new QComboBox(page);
    m_decimalCombo->addItem(tr("point (1234.5)"), QStringLiteral("."));
    m_decimalCombo->addItem(tr("comma (1234,5)"), QStringLiteral(","));
    auto *load = new QPushButton(tr("Load Mapping…"), page);
    auto *save = new QPushButton(tr("Save Mapping…"), page);
    options->addWidget(new QLabel(tr("Rows are:"), page));
    options->addWidget(m_kindCombo);
    options->addWidget(new QLabel(tr("Encoding:"), page));
    options->addWidget(m_encodingCombo);
    options->addWidget(new QLabel(tr("Dates:"), page));
    options->addWidget(m_dateFormat);
    options->addWidget(new QLabel(tr("Decimals:"), page));
    options->addWidget(m_decimalCombo);
    options->addStretch(1);
    options->addWidget(load);
    options->addWidget(save);

    m_detectedLabel = new QLabel(page);
    m_detectedLabel->setWordWrap(true);
    m_detectedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detectedLabel->setAccessibleName(tr("Detected"));

    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_fieldTable = new QTableWidget(0, 4, splitter);
    m_fieldTable->setHorizontalHeaderLabels(
        {tr("Caravan field"), tr("Column in the file"), tr("Or this value"), tr("Why this column")});
    m_fieldTable->horizontalHeader()->setStretchLastSection(true);
    m_fieldTable->verticalHeader()->hide();
    m_fieldTable->setAccessibleName(tr("Column mapping"));
    m_preview = new QTableWidget(splitter);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The proposal is what to check first: the column table gets the larger share.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_problemsLabel = new QLabel(page);
    m_problemsLabel->setWordWrap(true);
    layout->addLayout(options);
    layout->addWidget(m_detectedLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problemsLabel);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_kindCombo->currentData().toString();
        if (kind == m_mapping.kind)
            return;
        ColumnMapping proposed = ColumnMapping::propose(m_header, kind);
        proposed.dateFormat = m_mapping.dateFormat;
        proposed.decimalSeparator = m_mapping.decimalSeparator;
        proposed.listSeparator = m_mapping.listSeparator;
        proposed.encoding = m_mapping.encoding;
        m_mapping = proposed;
        if (m_proposal) {
            m_proposal->mapping = proposed;
            m_proposal->matches = HeaderMatcher::match(m_header, kind);
        }
        rebuildFieldTable();
        refreshMapping();
    });
    auto changed = [this] {
        readFieldTable();
        refreshMapping();
    };
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_fieldTable, &QTableWidget::itemChanged, this, changed);
    connect(m_dateFormat, &QLineEdit::textChanged, this, changed);
    connect(m_decimalCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load mapping"), {}, tr("Mappings (*.json)"));
        if (path.isEmpty())
            return;
        auto loaded = ColumnMapping::load(path);
        if (!loaded) {
            Dialogs::instance().showError(this, tr("Cannot load the mapping"), loaded.error().message);
            return;
        }
        m_mapping = loaded.takeValue();
        rebuildFieldTable();
        refreshMapping();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        readFieldTable();
        const QString path = Dialogs::instance().saveFile(this, tr("Save mapping"), {}, tr("Mappings (*.json)"));
        if (path.isEmpty())
            return;
        if (auto st = m_mapping.save(path); !st)
            Dialogs::instance().showError(this, tr("Cannot save the mapping"), st.error().message);
    });
    return page;
}

void ImportWizard::rebuildFieldTable()
{
    const QSignalBlocker blockTable(m_fieldTable);
    const QStringList fieldNames =
        CaravanCsvReader::columnsOf(m_mapping.kind) + ColumnMapping::extraFieldsOf(m_mapping.kind);
    const QStringList required = CaravanCsvReader::requiredOf(m_mapping.kind);
    m_fieldTable->setRowCount(static_cast<int>(fieldNames.size()));
    for (int row = 0; row < fieldNames.size(); ++row) {
        const QString &field = fieldNames[row];
        auto *name = new QTableWidgetItem(required.contains(field) ? field + QStringLiteral(" *") : field);
        name->setData(Qt::UserRole, field);
        name->setFlags(Qt::ItemIsEnabled);
        m_fieldTable->setItem(row, 0, name);
        auto *combo = new QComboBox(m_fieldTable);
        combo->addItem(tr("(none)"), QString());
        for (const QString &h : m_header)
            combo->addItem(h, h);
        const int at = combo->findData(m_mapping.columns.value(field), Qt::UserRole, Qt::MatchFixedString);
        combo->setCurrentIndex(at < 0 ? 0 : at);
        m_fieldTable->setCellWidget(row, 1, combo);
        m_fieldTable->setItem(row, 2, new QTableWidgetItem(m_mapping.constants.value(field)));
        auto *why = new QTableWidgetItem(reasonFor(field));
        why->setFlags(Qt::ItemIsEnabled);
        m_fieldTable->setItem(row, 3, why);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, field] {
            readFieldTable();
            if (QTableWidgetItem *item = m_fieldTable->item(row, 3)) {
                const QSignalBlocker block(m_fieldTable);
                item->setText(reasonFor(field));
            }
            refreshMapping();
        });
    }
    m_fieldTable->resizeColumnsToContents();
    const QSignalBlocker b1(m_kindCombo), b2(m_encodingCombo), b3(m_dateFormat), b4(m_decimalCombo);
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(m_mapping.kind)));
    m_encodingCombo->setCurrentIndex(std::max(0, m_encodingCombo->findData(m_mapping.encoding)));
    m_dateFormat->setText(m_mapping.dateFormat);
    m_decimalCombo->setCurrentIndex(m_mapping.decimalSeparator == u',' ? 1 : 0);
}

void ImportWizard::readFieldTable()
{
    if (!m_fieldTable || !m_kindCombo)
        return;
    m_mapping.kind = m_kindCombo->currentData().toString();
    m_mapping.encoding = m_encodingCombo->currentData().toString();
    m_mapping.dateFormat = m_dateFormat->text().trimmed();
    m_mapping.decimalSeparator = m_decimalCombo->currentData().toString().front();
    m_mapping.columns.clear();
    m_mapping.constants.clear();
    for (int row = 0; row < m_fieldTable->rowCount(); ++row) {
        const QString field = m_fieldTable->item(row, 0)->data(Qt::UserRole).toString();
        if (auto *combo = qobject_cast<QComboBox *>(m_fieldTable->cellWidget(row, 1)))
            if (const QString column = combo->currentData().toString(); !column.isEmpty())
                m_mapping.columns.insert(field, column);
        if (QTableWidgetItem *item = m_fieldTable->item(row, 2); item && !item->text().trimmed().isEmpty())
            m_mapping.constants.insert(field, item->text().trimmed());
    }
}

void ImportWizard::refreshMapping()
{
    const QString path = firstMappedPath();
    m_mappingProblems.clear();
    QString warning;
    if (path.isEmpty()) {
        static_cast<CheckedPage *>(page(MappingPage))->refresh();
        return;
    }
    auto preview = previewCsv(path, m_mapping.encoding, 20);
    if (!preview) {
        m_mappingProblems << preview.error().message;
    } else {
        if (m_header != preview->header || m_mapping.kind.isEmpty()) {
            const bool first = m_header.isEmpty() && m_mapping.kind.isEmpty();
            m_header = preview->header;
            if (first) {
                // The proposal: columns from the header, dates and decimals from a sample of the values.
                if (auto proposal = MappingProposal::forFile(path, {}, m_mapping.encoding)) {
                    m_proposal = proposal.takeValue();
                    const QString encoding = m_mapping.encoding;
                    m_mapping = m_proposal->mapping;
                    m_mapping.encoding = encoding;
                } else {
                    const ColumnMapping fresh = ColumnMapping::propose(m_header, ColumnMapping::likelyKind(m_header));
                    m_mapping.kind = fresh.kind;
                    m_mapping.columns = fresh.columns;
                    m_mapping.constants = fresh.constants;
                }
            }
            rebuildFieldTable();
        }
        m_mappingProblems = m_mapping.problems(m_header);
        // Preview: the converted value of every mapped field, rejected values in red.
        const QStringList fieldNames = CaravanCsvReader::columnsOf(m_mapping.kind);
        m_preview->clear();
        m_preview->setColumnCount(static_cast<int>(fieldNames.size()));
        m_preview->setHorizontalHeaderLabels(fieldNames);
        m_preview->setRowCount(static_cast<int>(preview->rows.size()));
        QStringList lowered;
        for (const QString &h : m_header)
            lowered << h.toLower();
        int bad = 0;
        for (int r = 0; r < preview->rows.size(); ++r) {
            const QStringList &row = preview->rows[r];
            for (int c = 0; c < fieldNames.size(); ++c) {
                const QString &field = fieldNames[c];
                const qsizetype at = lowered.indexOf(m_mapping.columns.value(field).toLower());
                const QString raw = at >= 0 ? row.value(at) : m_mapping.constants.value(field);
                const QString extraColumn = m_mapping.columns.value(ColumnMapping::extraFieldOf(field)).toLower();
                const QString extra = extraColumn.isEmpty() ? QString() : row.value(lowered.indexOf(extraColumn));
                const QString value =
                    ColumnMapping::withExtra(field, m_mapping.convert(field, raw).toUtf8(), extra.trimmed().toUtf8());
                auto *item = new QTableWidgetItem(value);
                if (const QString why = ColumnMapping::checkValue(field, value); !why.isEmpty()) {
                    item->setBackground(QColor(0xff, 0xcd, 0xd2));
                    item->setToolTip(tr("“%1”: %2").arg(raw, why));
                    ++bad;
                }
                m_preview->setItem(r, c, item);
            }
        }
        m_preview->resizeColumnsToContents();
        m_detectedLabel->setText(detectedText());
        if (bad > 0)
            warning = tr("%n values in the preview would be rejected (red); their rows will be kept as rejected "
                         "rows. Check the date format and decimals.",
                         nullptr, bad);
    }
    if (!m_mappingProblems.isEmpty())
        m_problemsLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                     .arg(m_mappingProblems.join(QStringLiteral("\n"))
                                              .toHtmlEscaped()
                                              .replace(QStringLiteral("\n"), QStringLiteral("<br/>"))));
    else
        m_problemsLabel->setText(warning.toHtmlEscaped());
    static_cast<CheckedPage *>(page(MappingPage))->refresh();
}

QString ImportWizard::reasonFor(const QString &field) const
{
    if (!m_proposal)
        return {};
    for (const HeaderMatch &m : m_proposal->matches) {
        if (m.field != field || m.column.compare(m_mapping.columns.value(field), Qt::CaseInsensitive) != 0)
            continue;
        switch (m.reason) {
        case HeaderMatch::Reason::Name:
            return tr("named “%1”").arg(m.name);
        case HeaderMatch::Reason::Box:
            return tr("box %1 of the declaration").arg(m.box);
        case HeaderMatch::Reason::NameAndBox:
            return tr("box %1 of the declaration, named “%2”").arg(m.box).arg(m.name);
        case HeaderMatch::Reason::Contains:
            return tr("contains “%1”").arg(m.name);
        case HeaderMatch::Reason::PartyCode:
            return tr("an identifier column: preferred to the name as the party's reference");
        case HeaderMatch::Reason::DeclarationDate:
            return tr("no date column: the registration date in the declaration number");
        }
    }
    return {};
}

QString ImportWizard::detectedText() const
{
    if (!m_proposal)
        return {};
    const MappingProposal &p = *m_proposal;
    const ValueFormats &f = p.formats;
    QStringList parts;
    parts << tr("encoding %1").arg(p.mapping.encoding)
          << tr("delimiter “%1”").arg(p.delimiter == u'\t' ? tr("tab") : QString(p.delimiter));
    if (f.dateValues > 0)
        parts << (f.dateAmbiguous ? tr("dates %1 (%2 of %3 values read, e.g. %4; day and month could be swapped: "
                                       "check)")
                                  : tr("dates %1 (%2 of %3 values read, e.g. %4)"))
                     .arg(f.dateFormat)
                     .arg(f.dateParsed)
                     .arg(f.dateValues)
                     .arg(f.dateExample);
    const QString decimal = f.decimalSeparator == u',' ? tr("decimal comma") : tr("decimal point");
    parts << (f.decimalExample.isEmpty() ? tr("%1 (guessed: no value told)").arg(decimal)
                                         : tr("%1 (e.g. %2)").arg(decimal, f.decimalExample));
    if (!f.listExample.isEmpty())
        parts << tr("lists separated by “%1” (e.g. %2)").arg(QString(f.listSeparator), f.listExample);
    QString text = tr("Detected from %n sample rows: ", nullptr, p.sampledRows) + parts.join(QStringLiteral(", ")) +
                   QStringLiteral(".");
    if (!p.unmapped.isEmpty())
        text += u' ' + tr("Columns left out: %1.").arg(p.unmapped.join(QStringLiteral(", ")));
    return text;
}

// ---- Run --------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createRunPage()
{
    auto *page = new CheckedPage([this] { return !m_running; });
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("Each file is imported whole or not at all: Cancel leaves out the file being imported; files "
                         "already imported stay in the case."));
    page->setCommitPage(true);
    auto *layout = new QVBoxLayout(page);
    m_runLabel = new QLabel(page);
    m_runLabel->setWordWrap(true);
    m_runBar = new QProgressBar(page);
    m_runBar->setRange(0, 1000);
    layout->addWidget(m_runLabel);
    layout->addWidget(m_runBar);
    layout->addStretch(1);
    return page;
}

void ImportWizard::startImport()
{
    m_summaries.clear();
    m_failure.clear();
    m_succeeded = false;
    m_running = true;
    static_cast<CheckedPage *>(page(RunPage))->refresh();
    readFieldTable();
    QList<std::pair<QString, ImportOptions>> work;
    for (const Entry &e : m_entries) {
        ImportOptions options;
        options.format = e.format;
        if (e.format == kMapped)
            options.mapping = m_mapping;
        work.append({e.path, options});
    }
    auto results = std::make_shared<QList<ImportSummary>>();
    const CaseFile *owner = &m_file;
    m_task = runTask<bool>(
        this, TaskKind::Import, tr("Importing"),
        [owner, work, results](Progress &progress) -> Result<bool> {
            auto worker = CaseFile::openForWorker(*owner);
            if (!worker)
                return worker.error();
            for (const auto &[path, options] : work) {
                progress.setStatus(QFileInfo(path).fileName());
                auto job = ImportJob::prepare(path, options);
                if (!job)
                    return job.error();
                auto summary = (*job)->run(**worker, progress);
                if (!summary)
                    return summary.error();
                results->append(summary.value());
            }
            return true;
        },
        [this, results](TaskResult<bool> ran) {
            const bool ok = ran.isDone();
            const QString message = ran.error().message;
            m_summaries = *results;
            m_succeeded = ok;
            m_failure = ok ? QString() : message;
            m_running = false;
            m_runBar->setValue(1000);
            if (ran.isCancelled())
                m_runLabel->setText(tr("Cancelled: the file being imported was left out; %n file(s) imported "
                                       "before it stay in the case.",
                                       nullptr, static_cast<int>(results->size())));
            else
                m_runLabel->setText(ok ? tr("Done.") : tr("Stopped: %1").arg(message));
            if (!m_summaries.isEmpty())
                Q_EMIT imported();
            static_cast<CheckedPage *>(page(RunPage))->refresh();
            Q_EMIT runFinished();
            next();
        });
    connect(m_task, &Task::statusChanged, m_runLabel,
            [this](const QString &text) { m_runLabel->setText(tr("Importing %1…").arg(text)); });
    connect(m_task, &Task::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_runBar->setValue(static_cast<int>(done * 1000 / total));
    });
}

void ImportWizard::reject()
{
    // While files are importing, Cancel stops the import (rolled back) instead of closing the wizard.
    if (m_running && m_task) {
        m_task->cancel();
        m_runLabel->setText(tr("Cancelling…"));
        return;
    }
    QWizard::reject();
}

// ---- Summary ----------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createSummaryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Summary"));
    auto *layout = new QVBoxLayout(page);
    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setWordWrap(true);
    m_summaryTable = new QTableWidget(0, 6, page);
    m_summaryTable->setHorizontalHeaderLabels(
        {tr("File"), tr("Format"), tr("Read"), tr("Imported"), tr("Rejected"), tr("Skipped")});
    m_summaryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryTable->verticalHeader()->hide();
    m_rejectedTable = new QTableWidget(0, 3, page);
    m_rejectedTable->setHorizontalHeaderLabels({tr("Line"), tr("Reason"), tr("Row as read")});
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectedTable->verticalHeader()->hide();
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_summaryTable, 1);
    layout->addWidget(new QLabel(tr("Rejected rows (all of them are in the Rejected rows panel):"), page));
    layout->addWidget(m_rejectedTable, 2);
    return page;
}

void ImportWizard::showSummary()
{
    m_summaryLabel->setText(m_succeeded ? tr("%n files imported.", nullptr, static_cast<int>(m_summaries.size()))
                                        : tr("The import stopped: %1. Files imported before it are kept; the file it "
                                             "stopped in left nothing behind.")
                                              .arg(m_failure));
    m_summaryTable->setRowCount(static_cast<int>(m_summaries.size()));
    QList<qint64> sources;
    for (int r = 0; r < m_summaries.size(); ++r) {
        const ImportSummary &s = m_summaries[r];
        const QStringList cells{QFileInfo(s.file).fileName(),
                                s.format,
                                QString::number(s.rowsRead),
                                QString::number(s.imported),
                                QString::number(s.rejected),
                                s.skippedDuplicate ? tr("whole file (already imported)") : QString::number(s.skipped)};
        for (int c = 0; c < cells.size(); ++c)
            m_summaryTable->setItem(r, c, new QTableWidgetItem(cells[c]));
        if (s.sourceId > 0)
            sources << s.sourceId;
    }
    m_rejectedTable->setRowCount(0);
    for (const qint64 source : sources) {
        SqliteStatement st(
            m_file.handle(),
            "SELECT line_no, reason, raw FROM rejected_rows WHERE source_id = ? ORDER BY line_no LIMIT 200");
        st.bind(1, source);
        while (st.step()) {
            const int row = m_rejectedTable->rowCount();
            m_rejectedTable->insertRow(row);
            m_rejectedTable->setItem(row, 0, new QTableWidgetItem(QString::number(st.int64(0))));
            m_rejectedTable->setItem(row, 1, new QTableWidgetItem(st.text(1)));
            m_rejectedTable->setItem(row, 2, new QTableWidgetItem(st.text(2)));
        }
    }
    m_rejectedTable->resizeColumnToContents(0);
    m_rejectedTable->resizeColumnToContents(1);
}

} // namespace caravan
