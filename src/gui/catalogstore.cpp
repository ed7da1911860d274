// SPDX-License-Identifier: MIT
#include "gui/catalogstore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "core/catalog/catalogjson.h"
#include "core/catalog/importfile.h"
#include "core/catalog/loader.h"
#include "core/util/paths.h"
#include "gui/textutil.h"

namespace ms::gui {

namespace {

constexpr qint64 MaxModelListBytes = 64LL * 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("ms::gui::CatalogStore", text);
}

QString fromFsPath(const std::filesystem::path& path)
{
    return QFile::decodeName(path.string().c_str());
}

} // namespace

QString layerLabel(const std::string& layer)
{
    if (layer.empty())
        return {};
    if (layer == "bundled")
        return QCoreApplication::translate("ms::gui::CatalogStore", "bundled");
    if (layer == "update")
        return QCoreApplication::translate("ms::gui::CatalogStore", "update");
    if (layer == ms::kUserLayer)
        return QCoreApplication::translate("ms::gui::CatalogStore", "user");
    if (layer.rfind("import:", 0) == 0)
        return QCoreApplication::translate("ms::gui::CatalogStore", "import: %1").arg(qs(layer.substr(7)));
    return qs(layer);
}

QString layerToolTip(const std::string& layer)
{
    if (layer == "bundled")
        return QCoreApplication::translate(
            "ms::gui::CatalogStore", "From the catalog file itself (normally the catalog installed with ModelScout)");
    if (layer == "update")
        return QCoreApplication::translate(
            "ms::gui::CatalogStore", "From the downloaded catalog update (update/catalog.json in your data folder)");
    if (layer == ms::kUserLayer)
        return QCoreApplication::translate("ms::gui::CatalogStore",
            "Your own figure (overrides.json in your data folder): it wins over every catalog layer");
    if (layer.rfind("import:", 0) == 0)
        return QCoreApplication::translate(
            "ms::gui::CatalogStore", "From the imported model list %1 (imports folder of your data folder)")
            .arg(qs(layer.substr(7)));
    return {};
}

QString formatAsOf(const std::string& asOf, const QLocale& locale)
{
    const QString text = qs(asOf);
    if (isCalendarDay(asOf))
        return locale.toString(QDate::fromString(text, Qt::ISODate), QLocale::ShortFormat);
    if (asOf.size() == 7 && ms::monthsOld(asOf, "2000-01-01").has_value()) {
        const QDate first = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        if (first.isValid())
            return locale.toString(first, QStringLiteral("MMM yyyy"));
    }
    return text;
}

std::string isoDay(const QDate& date)
{
    return date.toString(Qt::ISODate).toStdString();
}

bool CatalogStore::load(
    const std::filesystem::path& bottom, const std::filesystem::path& dataDir, std::vector<ms::Diagnostic>& diagnostics)
{
    ms::LayeredCatalog layered = ms::loadLayeredCatalog(bottom, dataDir);
    diagnostics = layered.diagnostics;
    // The file the user opened must load itself: an update or an import never stands in for it.
    const bool bottomLoaded = !layered.layers.empty() && layered.layers.front().name == "bundled"
        && layered.layers.front().loaded && layered.ok();
    if (!bottomLoaded) {
        if (!ms::hasErrors(diagnostics))
            diagnostics.push_back(
                { ms::Severity::Error, bottom.string(), {}, 0, 0, "the catalog could not be loaded" });
        return false;
    }
    m_bottom = bottom;
    m_dataDir = dataDir;
    m_layered = std::move(layered);
    return true;
}

QString CatalogStore::overridesPath() const
{
    return fromFsPath(ms::userDataLayout(m_dataDir).overrides);
}

bool CatalogStore::overridesEditable(QString* why) const
{
    if (!m_layered.ok() || !m_layered.belowUser) {
        if (why)
            *why = tr("No catalog is loaded.");
        return false;
    }
    if (const ms::LayerInfo* user = m_layered.layer(ms::kUserLayer); user != nullptr && !user->loaded) {
        if (why)
            *why = tr("%1 has errors, so it is not changed. Fix or remove it first.")
                       .arg(QDir::toNativeSeparators(overridesPath()));
        return false;
    }
    return true;
}

ms::OverridesLoadResult CatalogStore::check(const std::vector<ms::Override>& overrides) const
{
    if (!m_layered.belowUser) {
        ms::OverridesLoadResult none;
        none.diagnostics.push_back({ ms::Severity::Error, "overrides.json", {}, 0, 0, "no catalog is loaded" });
        return none;
    }
    return ms::loadOverridesFromText(
        ms::overridesToJson(overrides), overridesPath().toStdString(), *m_layered.belowUser);
}

std::vector<const ms::LayerInfo*> CatalogStore::skippedLayers() const
{
    std::vector<const ms::LayerInfo*> skipped;
    for (const ms::LayerInfo& layer : m_layered.layers) {
        if (!layer.loaded)
            skipped.push_back(&layer);
    }
    return skipped;
}

QString CatalogStore::problemsText() const
{
    QStringList lines;
    for (const ms::Diagnostic& d : m_layered.diagnostics) {
        if (d.severity == ms::Severity::Error)
            lines << qs(d.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

QString CatalogStore::layersSummary() const
{
    QStringList lines;
    const QLocale locale;
    for (const ms::LayerInfo& layer : m_layered.layers) {
        const QString path = QDir::toNativeSeparators(fromFsPath(layer.path));
        if (!layer.loaded) {
            lines << tr("%1: skipped, it has errors (%2)").arg(layerLabel(layer.name), path);
            continue;
        }
        lines << tr("%1: %2 facts (%3)")
                     .arg(layerLabel(layer.name), locale.toString(static_cast<qulonglong>(layer.knownFacts)), path);
    }
    return lines.join(QLatin1Char('\n'));
}

std::vector<ms::StaleFact> CatalogStore::staleFacts(int months) const
{
    if (!m_layered.ok())
        return {};
    return ms::staleFacts(*m_layered.catalog, isoDay(today()), months);
}

std::optional<QByteArray> CatalogStore::readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QString CatalogStore::writeAtomically(const QString& path, const QByteArray& bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()));
    QSaveFile file(path);
    // Never write in place: a crash must leave the old file or the new one.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
    if (!file.commit())
        return tr("cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString CatalogStore::restoreFile(const QString& path, const std::optional<QByteArray>& bytes)
{
    if (bytes)
        return writeAtomically(path, *bytes);
    QFile file(path);
    if (file.exists() && !file.remove())
        return tr("cannot remove %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

ImportOutcome CatalogStore::importModelList(ms::ImportFormat format, const QString& file,
    const std::filesystem::path& templateCatalog, const std::filesystem::path& dataDir, const QDate& today)
{
    ImportOutcome outcome;
    const std::string asOf = ms::dateFromFileName(QFileInfo(file).fileName().toStdString()).value_or(isoDay(today));
    outcome.asOf = qs(asOf);

    const ms::CatalogLoadResult bundled = ms::loadCatalogFromFile(templateCatalog);
    if (!bundled.ok()) {
        outcome.diagnostics = bundled.diagnostics;
        outcome.error = tr("The catalog whose criteria the import uses could not be loaded: %1")
                            .arg(QDir::toNativeSeparators(fromFsPath(templateCatalog)));
        return outcome;
    }

    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        outcome.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString());
        return outcome;
    }
    if (input.size() > MaxModelListBytes) {
        outcome.error = tr("%1 is %2 bytes; a model list may be at most %3 bytes.")
                            .arg(QDir::toNativeSeparators(file), QLocale().toString(input.size()),
                                QLocale().toString(MaxModelListBytes));
        return outcome;
    }
    const QByteArray bytes = input.readAll();
    const ms::ImportResult result
        = ms::importCatalog(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), format,
            QDir::toNativeSeparators(file).toStdString(), asOf, *bundled.catalog);
    outcome.diagnostics = result.diagnostics;
    outcome.imported = result.imported;
    outcome.skipped = result.skipped;
    if (!result.ok()) {
        const auto error = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
            [](const ms::Diagnostic& d) { return d.severity == ms::Severity::Error; });
        outcome.error
            = error != result.diagnostics.end() ? qs(error->toString()) : tr("the importer could not read the list");
        return outcome;
    }

    const std::filesystem::path target = ms::importLayerPath(dataDir, format);
    const std::string json = ms::catalogToJson(*result.catalog);
    // What is written must load as a layer: check it before replacing the earlier import.
    const ms::CatalogLoadResult check = ms::loadCatalogFromText(json, target.string());
    if (!check.ok()) {
        outcome.diagnostics.insert(outcome.diagnostics.end(), check.diagnostics.begin(), check.diagnostics.end());
        outcome.error = tr("The imported catalog does not validate, so nothing was written.");
        return outcome;
    }
    outcome.layerPath = fromFsPath(target);
    const QString error = writeAtomically(outcome.layerPath, QByteArray::fromStdString(json));
    if (!error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

std::vector<ms::Override> withoutOverride(
    const std::vector<ms::Override>& overrides, const std::string& alternativeId, const std::string& key, bool detail)
{
    std::vector<ms::Override> result;
    std::string name;
    std::string kind;
    for (const ms::Override& o : overrides) {
        const bool same = o.alternative == alternativeId && (detail ? o.detail == key : o.criterion == key);
        if (same) {
            if (!o.name.empty() && !o.kind.empty()) {
                name = o.name;
                kind = o.kind;
            }
            continue;
        }
        result.push_back(o);
    }
    if (!name.empty()) {
        const bool stillNamed = std::any_of(result.begin(), result.end(), [&](const ms::Override& o) {
            return o.alternative == alternativeId && !o.name.empty() && !o.kind.empty();
        });
        if (!stillNamed) {
            for (ms::Override& o : result) {
                if (o.alternative == alternativeId) {
                    o.name = name;
                    o.kind = kind;
                    break;
                }
            }
        }
    }
    return result;
}

QStringList errorMessages(const std::vector<ms::Diagnostic>& diagnostics)
{
    QStringList messages;
    for (const ms::Diagnostic& d : diagnostics) {
        if (d.severity != ms::Severity::Error)
            continue;
        messages << qs(d.message);
    }
    return messages;
}

} // namespace ms::gui
