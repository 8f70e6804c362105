#pragma once

#include "models/domain/Mark.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QPlainTextEdit;
class QSlider;
class QLabel;

namespace caravan {

// Asks how to mark something: suspected, confirmed or dismissed, how sure, and why.
class MarkDialog : public QDialog {
    Q_OBJECT
public:
    MarkDialog(const QString &what, const std::optional<Mark> &current, QWidget *parent = nullptr);
    Mark mark() const;

private:
    QButtonGroup *m_status;
    QSlider *m_confidence;
    QLabel *m_confidenceLabel;
    QPlainTextEdit *m_note;
};

} // namespace caravan
