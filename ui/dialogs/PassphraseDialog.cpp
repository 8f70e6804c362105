#include "ui/dialogs/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caravan {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString &text, const QString &problem, QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_passphrase(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(purpose == Purpose::Enter ? tr("Encrypted Case") : tr("Choose a Passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(text, this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (purpose == Purpose::Choose) {
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setAccessibleName(tr("Repeat the passphrase"));
        m_confirm->setObjectName(QStringLiteral("confirm"));
        form->addRow(tr("&Repeat:"), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    }
    layout->addLayout(form);

    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warning);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    layout->addWidget(m_problem);

    if (purpose == Purpose::Choose) {
        auto *note = new QLabel(tr("Without the passphrase nobody, not even you, can open the case again. Keep it "
                                   "somewhere safe."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    updateState();
    resize(440, sizeHint().height());
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

void PassphraseDialog::updateState()
{
    const QString text = m_passphrase->text();
    bool ok = !text.isEmpty();
    if (m_purpose == Purpose::Choose) {
        QString problem;
        if (!text.isEmpty() && text.size() < kMinimumLength)
            problem = tr("Use at least %n characters.", nullptr, kMinimumLength);
        else if (!m_confirm->text().isEmpty() && m_confirm->text() != text)
            problem = tr("The two passphrases differ.");
        ok = text.size() >= kMinimumLength && m_confirm->text() == text;
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
    }
    m_ok->setEnabled(ok);
}

} // namespace caravan
