// SPDX-License-Identifier: MIT
// Helpers shared by the GUI tests.
#pragma once

#include <QAbstractItemModel>
#include <QFile>
#include <QSettings>
#include <QString>
#include <QStringList>

#include "gui/rankingtablemodel.h"
#include "gui/scenariostore.h"

namespace guitest {

inline QString testData(const char* relative)
{
    return QStringLiteral(MODELSCOUT_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}

inline QString bundledCatalog()
{
    return QStringLiteral(MODELSCOUT_BUNDLED_DATA_DIR "/catalog.json");
}

/** Forgets what earlier windows remembered (settings and the last scenario file), so
 *  each test starts as on a first run. QStandardPaths test mode keeps it out of $HOME. */
inline void clearRememberedState()
{
    QSettings(QStringLiteral("ModelScout"), QStringLiteral("ModelScout")).clear();
    QFile::remove(ms::gui::lastScenarioPath());
}

/** Clears the remembered state before the members of a fixture that derives from it. */
struct RememberedStateReset {
    RememberedStateReset() { clearRememberedState(); }
};

inline QString nameAt(const QAbstractItemModel* model, int row)
{
    return model->index(row, ms::gui::RankingTableModel::NameColumn).data(Qt::DisplayRole).toString();
}

inline QStringList names(const QAbstractItemModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << nameAt(model, row);
    return list;
}

/** The proxy row showing the alternative named `name`, or -1. */
inline int rowNamed(const QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (nameAt(model, row) == name)
            return row;
    }
    return -1;
}

} // namespace guitest
