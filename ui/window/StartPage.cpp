#include "ui/window/StartPage.h"

#include "ui/window/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace caravan {

StartPage::StartPage(RecentFiles *recent, QWidget *parent)
    : QWidget(parent), m_recent(recent), m_heading(new QLabel(this)), m_text(new QLabel(this)),
      m_buttons(new QWidget(this)), m_recentList(new QListWidget(this)), m_recentLabel(new QLabel(this))
{
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    m_heading->setFont(headingFont);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *newButton = new QPushButton(tr("New Case…"), m_buttons);
    auto *openButton = new QPushButton(tr("Open Case…"), m_buttons);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);

    m_recentLabel->setText(tr("Recent cases"));
    m_recentList->setAccessibleName(tr("Recent cases"));
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openPathRequested(item->data(Qt::UserRole).toString()); });

    column->addStretch(1);
    column->addWidget(m_heading);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addWidget(m_buttons);
    m_importButton = new QPushButton(tr("&Import Files…"), this);
    m_importButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_importButton, &QPushButton::clicked, this, &StartPage::importRequested);
    column->addWidget(m_importButton);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentList, 2);
    column->addStretch(1);

    connect(recent, &RecentFiles::changed, this, &StartPage::refreshRecent);
    showNoCase();
}

void StartPage::showNoCase()
{
    m_heading->setText(tr("Caravan"));
    m_text->setText(tr("<p>Caravan helps you trace goods that reach Russia through third countries: import "
                       "companies, ownership, sanctions lists and shipments into a case file, then follow the "
                       "evidence.</p><p>Create a new case or open one you worked on.</p>"));
    m_buttons->show();
    m_importButton->hide();
    m_showRecent = true;
    refreshRecent();
}

void StartPage::showEmptyCase(const QString &casePath)
{
    m_heading->setText(tr("This case is empty"));
    m_text->setText(tr("<p><b>%1</b> holds no entities, links, sanctions or shipments yet.</p>"
                       "<p>Import your files with <b>File &gt; Import…</b> (Ctrl+I): Caravan CSV, any other CSV "
                       "through a column mapping, FollowTheMoney, BODS and OFAC SDN files.</p>")
                        .arg(QDir::toNativeSeparators(casePath).toHtmlEscaped()));
    m_buttons->hide();
    m_importButton->show();
    m_showRecent = false;
    refreshRecent();
}

void StartPage::refreshRecent()
{
    m_recentList->clear();
    for (const QString &path : m_recent->files()) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ") +
                                         QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        m_recentList->addItem(item);
    }
    const bool any = m_showRecent && m_recentList->count() > 0;
    m_recentLabel->setVisible(any);
    m_recentList->setVisible(any);
}

} // namespace caravan
