#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace caravan {

// The list of recently opened cases, kept in QSettings and shown as File > Open Recent.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    // Keeps `menu` in step with the list; triggered entries emit openRequested.
    void attach(QMenu *menu);

    static constexpr int kMaximum = 10;

Q_SIGNALS:
    void openRequested(const QString &path);
    void changed();

private:
    void store(const QStringList &files);
    void rebuild(QMenu *menu);
};

} // namespace caravan
