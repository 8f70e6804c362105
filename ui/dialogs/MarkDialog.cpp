#include "ui/dialogs/MarkDialog.h"

#include "models/itemmodels/MarkTableModel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSlider>
#include <QVBoxLayout>

namespace caravan {

MarkDialog::MarkDialog(const QString &what, const std::optional<Mark> &current, QWidget *parent)
    : QDialog(parent), m_status(new QButtonGroup(this)), m_confidence(new QSlider(Qt::Horizontal, this)),
      m_confidenceLabel(new QLabel(this)), m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Mark"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("How do you judge <b>%1</b>?").arg(what.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *statusRow = new QHBoxLayout;
    const std::pair<MarkStatus, QString> choices[] = {{MarkStatus::Suspected, tr("&Suspected")},
                                                      {MarkStatus::Confirmed, tr("&Confirmed")},
                                                      {MarkStatus::Dismissed, tr("&Dismissed")}};
    for (const auto &[status, label] : choices) {
        auto *button = new QRadioButton(label, this);
        QPixmap swatch(12, 12);
        swatch.fill(markStatusColor(markStatusName(status)));
        button->setIcon(QIcon(swatch));
        m_status->addButton(button, static_cast<int>(status));
        statusRow->addWidget(button);
    }
    statusRow->addStretch(1);
    layout->addLayout(statusRow);

    auto *form = new QFormLayout;
    auto *confidenceRow = new QHBoxLayout;
    m_confidence->setRange(0, 100);
    m_confidence->setAccessibleName(tr("Confidence"));
    confidenceRow->addWidget(m_confidence, 1);
    confidenceRow->addWidget(m_confidenceLabel);
    form->addRow(tr("Confidence:"), confidenceRow);
    m_note->setPlaceholderText(tr("What you saw, what you checked, what is still open…"));
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_confidence, &QSlider::valueChanged, this,
            [this](int v) { m_confidenceLabel->setText(QStringLiteral("%1%").arg(v)); });
    const Mark start = current.value_or(Mark{});
    m_status->button(static_cast<int>(start.status))->setChecked(true);
    m_confidence->setValue(static_cast<int>(start.confidence.value_or(0.7) * 100.0 + 0.5));
    m_confidenceLabel->setText(QStringLiteral("%1%").arg(m_confidence->value()));
    m_note->setPlainText(start.note);
    resize(460, 300);
}

Mark MarkDialog::mark() const
{
    Mark m;
    m.status = static_cast<MarkStatus>(m_status->checkedId());
    m.confidence = m_confidence->value() / 100.0;
    m.note = m_note->toPlainText().trimmed();
    return m;
}

} // namespace caravan
