// SPDX-License-Identifier: MIT
#include "gui/scenariostore.h"

#include <string>
#include <variant>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/catalog/loader.h"
#include "core/decision/ranking.h"
#include "core/scenario/scenariojson.h"
#include "gui/guisettings.h"
#include "gui/textutil.h"

namespace ms::gui {

namespace {

constexpr qint64 MaxScenarioBytes = 1024 * 1024;

QStringList identity(const ms::Catalog& catalog)
{
    return {qs(catalog.title), qs(catalog.version)};
}

} // namespace

QString lastScenarioPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("last-scenario.json"));
}

QString saveLastScenario(const ms::Scenario& scenario, const ms::Catalog& catalog)
{
    if (std::holds_alternative<ms::RankingError>(ms::normaliseWeights(catalog, scenario.weights)))
        return QStringLiteral("every weight is zero");
    const QString path = lastScenarioPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QStringLiteral("cannot create the folder of %1").arg(QDir::toNativeSeparators(path));
    const std::string json = ms::scenarioToJson(scenario);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(json.data(), static_cast<qint64>(json.size())) != static_cast<qint64>(json.size())) {
        file.cancelWriting();
        return file.errorString();
    }
    if (!file.commit())
        return file.errorString();
    settings::lastScenarioCatalog.setValue(identity(catalog));
    return {};
}

RestoredScenario loadLastScenario(const ms::Catalog& catalog)
{
    RestoredScenario result;
    if (settings::lastScenarioCatalog.value() != identity(catalog))
        return result;
    QFile file(lastScenarioPath());
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = file.errorString();
        return result;
    }
    const QByteArray text = file.read(MaxScenarioBytes + 1);
    if (text.size() > MaxScenarioBytes) {
        result.problem = QStringLiteral("the file is larger than 1 MiB");
        return result;
    }
    const ms::ScenarioLoadResult loaded = ms::loadScenarioFromText(
        std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
        QFile::encodeName(file.fileName()).toStdString(), catalog);
    if (!loaded.ok() || !loaded.diagnostics.empty()) {
        result.problem = loaded.diagnostics.empty() ? QStringLiteral("it could not be read")
                                                    : qs(loaded.diagnostics.front().toString());
        return result;
    }
    result.scenario = loaded.scenario;
    return result;
}

} // namespace ms::gui
