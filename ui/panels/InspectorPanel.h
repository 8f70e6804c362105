#pragma once

#include <QWidget>

class QTextBrowser;
struct sqlite3;

namespace caravan {

struct EntityDetails;

// The right-hand inspector: everything known about the selected entity, each fact with its source.
// Related entities are links; following one selects it everywhere.
class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    void setCase(sqlite3 *db);
    void showEntity(qint64 rowId);
    void clear();
    QString plainText() const;

Q_SIGNALS:
    void entityActivated(qint64 rowId);

private:
    QString render(const EntityDetails &details) const;
    sqlite3 *m_db = nullptr;
    QTextBrowser *m_browser;
};

} // namespace caravan
