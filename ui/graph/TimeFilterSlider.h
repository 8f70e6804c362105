#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace caravan {

// The timeline under a graph: one date ("valid at", for ownership) or a date range (for trade), chosen
// on sliders that run from the case's first to last date, with a mark and quick buttons for 24 Feb 2022.
// Emits changed() once the user pauses, so that the graph is not rebuilt on every pixel.
class TimeFilterSlider : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Single, Range };
    explicit TimeFilterSlider(Mode mode, QWidget *parent = nullptr);

    void setSpan(const QDate &first, const QDate &last);
    QDate date() const { return from(); } // Single mode
    QDate from() const;
    QDate to() const;
    void setDate(const QDate &date); // Single mode, or the end of the range
    void setRange(const QDate &from, const QDate &to);
    bool isEnabledFilter() const;
    static QDate invasionDate() { return QDate(2022, 2, 24); }

Q_SIGNALS:
    void changed();

private:
    void updateLabels();
    Mode m_mode;
    QDate m_first;
    QDate m_last;
    QSlider *m_fromSlider;
    QSlider *m_toSlider;
    QLabel *m_label;
    QToolButton *m_before;
    QToolButton *m_after;
    QToolButton *m_all;
    QTimer *m_delay;
    bool m_allDates = true;
};

} // namespace caravan
