#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace caravan {

// Asks for the passphrase of an encrypted case: to open it (one field, the last attempt's problem shown), or
// to choose a new one (two fields that must match and be long enough).
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Enter, Choose };
    static constexpr int kMinimumLength = 8;

    PassphraseDialog(Purpose purpose, const QString &text, const QString &problem, QWidget *parent = nullptr);
    QString passphrase() const;

private:
    void updateState();

    Purpose m_purpose;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace caravan
