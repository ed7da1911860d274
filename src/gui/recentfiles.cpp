// SPDX-License-Identifier: MIT
#include "gui/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

#include "gui/guisettings.h"
#include "gui/textutil.h"

namespace ms::gui {

namespace {

QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/** A file name as menu text: '&' doubled so that it is not read as a mnemonic. */
QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files()
{
    QStringList list;
    for (const QString& path : settings::recentFiles.value()) {
        if (!path.isEmpty() && !list.contains(path) && list.size() < MaxCount)
            list << path;
    }
    return list;
}

void RecentFiles::store(const QStringList& files)
{
    settings::recentFiles.setValue(files);
}

void RecentFiles::add(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString clean = normalised(path);
    QStringList list = files();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > MaxCount)
        list.removeLast();
    store(list);
    Q_EMIT changed();
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    if (list.removeAll(path) + list.removeAll(normalised(path)) == 0)
        return;
    store(list);
    Q_EMIT changed();
}

void RecentFiles::clear()
{
    store({});
    Q_EMIT changed();
}

void RecentFiles::fillMenu(QMenu* menu)
{
    // Not QMenu::clear(): the entry being triggered may be among the old ones.
    for (QAction* old : menu->actions()) {
        menu->removeAction(old);
        if (old->parent() == menu)
            old->deleteLater();
    }
    const QStringList list = files();
    int number = 0;
    for (const QString& path : list) {
        ++number;
        const QFileInfo info(path);
        const bool exists = info.isFile();
        QString text = menuText(info.fileName());
        // Numbered 1..8 as mnemonics, as desktop applications do.
        text = QStringLiteral("&%1 %2").arg(number).arg(text);
        if (!exists)
            text = tr("%1 (missing)").arg(text);
        QAction* action = menu->addAction(text);
        const QString native = QDir::toNativeSeparators(path);
        action->setToolTip(plainToolTip(native));
        action->setStatusTip(exists ? native : tr("%1 no longer exists").arg(native));
        action->setData(path);
        action->setEnabled(exists);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (!list.isEmpty())
        menu->addSeparator();
    QAction* clearAction = menu->addAction(tr("&Clear List"));
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setStatusTip(tr("Forget the recently opened files"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    menu->setEnabled(!list.isEmpty());
}

} // namespace ms::gui
