// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace ms::gui {

/** File › Open Recent: the catalog and scenario files opened last, newest first, at most
 *  `MaxCount`, stored as absolute paths in QSettings (settings::recentFiles), so every
 *  window of the process and the next run see the same list.
 *
 *  fillMenu() shows one entry per file ("&1 catalog.json" with the folder as tooltip and
 *  status tip); a file that no longer exists is shown greyed out with "(missing)", and
 *  "Clear List" empties the list. Picking an entry emits openRequested(); the window
 *  decides what the file is. */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCount = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    /** The stored list, newest first (at most MaxCount entries, no duplicates). */
    [[nodiscard]] static QStringList files();
    /** Puts `path` (made absolute and clean) first, removing an older entry of it and
     *  dropping the oldest beyond MaxCount. An empty path is ignored. */
    void add(const QString& path);
    /** Removes `path` from the list (no-op when it is not there). */
    void remove(const QString& path);
    /** Empties the list. */
    void clear();

    /** Replaces `menu`'s entries with the list, a separator and "Clear List"; the menu is
     *  disabled when the list is empty. */
    void fillMenu(QMenu* menu);

Q_SIGNALS:
    /** The user picked `path` in the menu (it existed when the menu was shown). */
    void openRequested(const QString& path);
    /** The list changed. */
    void changed();

private:
    static void store(const QStringList& files);
};

} // namespace ms::gui
