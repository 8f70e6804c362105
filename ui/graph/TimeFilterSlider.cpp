#include "ui/graph/TimeFilterSlider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace caravan {

TimeFilterSlider::TimeFilterSlider(Mode mode, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_fromSlider(new QSlider(Qt::Horizontal, this)),
      m_toSlider(new QSlider(Qt::Horizontal, this)), m_label(new QLabel(this)), m_before(new QToolButton(this)),
      m_after(new QToolButton(this)), m_all(new QToolButton(this)), m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &TimeFilterSlider::changed);
    auto *sliders = new QVBoxLayout;
    sliders->setSpacing(0);
    sliders->addWidget(m_fromSlider);
    sliders->addWidget(m_toSlider);
    m_fromSlider->setVisible(mode == Mode::Range);
    m_fromSlider->setAccessibleName(tr("From date"));
    m_toSlider->setAccessibleName(mode == Mode::Range ? tr("To date") : tr("Valid at date"));
    for (QSlider *s : {m_fromSlider, m_toSlider}) {
        s->setTickPosition(QSlider::TicksBelow);
        connect(s, &QSlider::valueChanged, this, [this] {
            if (m_fromSlider->value() > m_toSlider->value()) {
                if (sender() == m_fromSlider)
                    m_toSlider->setValue(m_fromSlider->value());
                else
                    m_fromSlider->setValue(m_toSlider->value());
            }
            m_allDates = false;
            updateLabels();
            m_delay->start();
        });
    }
    m_before->setText(tr("Before 24.02.2022"));
    m_after->setText(tr("After"));
    m_all->setText(tr("All dates"));
    m_before->setToolTip(tr("The network on the day before Russia's full-scale invasion of Ukraine"));
    m_after->setToolTip(m_mode == Mode::Range ? tr("From 24 February 2022 to the last date of the case")
                                              : tr("The network on the last date of the case"));
    connect(m_before, &QToolButton::clicked, this, [this] {
        const QDate day = invasionDate().addDays(-1);
        if (m_mode == Mode::Range)
            setRange(m_first, day);
        else
            setDate(day);
    });
    connect(m_after, &QToolButton::clicked, this, [this] {
        if (m_mode == Mode::Range)
            setRange(invasionDate(), m_last);
        else
            setDate(m_last);
    });
    connect(m_all, &QToolButton::clicked, this, [this] {
        m_allDates = true;
        updateLabels();
        Q_EMIT changed();
    });
    m_label->setMinimumWidth(220);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    row->addWidget(m_label);
    row->addLayout(sliders, 1);
    row->addWidget(m_before);
    row->addWidget(m_after);
    row->addWidget(m_all);
    setSpan(invasionDate().addYears(-3), invasionDate().addYears(2));
}

void TimeFilterSlider::setSpan(const QDate &first, const QDate &last)
{
    m_first = first.isValid() ? first : invasionDate().addYears(-3);
    m_last = last.isValid() && last >= m_first ? last : m_first.addYears(5);
    const int days = static_cast<int>(m_first.daysTo(m_last));
    for (QSlider *s : {m_fromSlider, m_toSlider}) {
        const QSignalBlocker block(s);
        s->setRange(0, days);
        s->setTickInterval(std::max(1, days / 12));
        s->setPageStep(std::max(1, days / 24));
    }
    m_fromSlider->blockSignals(true);
    m_fromSlider->setValue(0);
    m_fromSlider->blockSignals(false);
    m_toSlider->blockSignals(true);
    m_toSlider->setValue(days);
    m_toSlider->blockSignals(false);
    updateLabels();
}

QDate TimeFilterSlider::from() const
{
    if (m_allDates)
        return {};
    return m_first.addDays(m_mode == Mode::Range ? m_fromSlider->value() : m_toSlider->value());
}

QDate TimeFilterSlider::to() const
{
    return m_allDates ? QDate() : m_first.addDays(m_toSlider->value());
}

bool TimeFilterSlider::isEnabledFilter() const
{
    return !m_allDates;
}

void TimeFilterSlider::setDate(const QDate &date)
{
    m_toSlider->setValue(static_cast<int>(m_first.daysTo(std::clamp(date, m_first, m_last))));
    m_allDates = false;
    updateLabels();
    m_delay->stop();
    Q_EMIT changed();
}

void TimeFilterSlider::setRange(const QDate &from, const QDate &to)
{
    m_fromSlider->blockSignals(true);
    m_fromSlider->setValue(static_cast<int>(m_first.daysTo(std::clamp(from, m_first, m_last))));
    m_fromSlider->blockSignals(false);
    m_toSlider->blockSignals(true);
    m_toSlider->setValue(static_cast<int>(m_first.daysTo(std::clamp(to, m_first, m_last))));
    m_toSlider->blockSignals(false);
    m_allDates = false;
    updateLabels();
    m_delay->stop();
    Q_EMIT changed();
}

void TimeFilterSlider::updateLabels()
{
    const QLocale locale;
    if (m_allDates)
        m_label->setText(m_mode == Mode::Range ? tr("Shipments: all dates") : tr("Links: all dates"));
    else if (m_mode == Mode::Range)
        m_label->setText(
            tr("Shipments %1 – %2")
                .arg(locale.toString(from(), QLocale::ShortFormat), locale.toString(to(), QLocale::ShortFormat)));
    else
        m_label->setText(tr("Links valid on %1").arg(locale.toString(to(), QLocale::ShortFormat)));
    const QDate shown = to();
    const bool after = shown.isValid() && shown >= invasionDate();
    m_label->setStyleSheet(after ? QStringLiteral("color: #8a1c1c;") : QString());
}

} // namespace caravan
