// SPDX-License-Identifier: MIT
// The catalog side of the desktop app: the layered catalog (bundled < update < imports
// < your overrides) loaded from the data folder, layers and stale facts in the details
// pane and the status bar, File › Import, and editing your own figures with undo/redo.
// Headless (QT_QPA_PLATFORM=offscreen); every test has its own data folder
// (MODELSCOUT_DATA_HOME) and a fixed "today" (2026-11-29).

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>

#include <unistd.h>

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUndoStack>

#include "core/catalog/layers.h"
#include "gui/catalogstore.h"
#include "gui/detailspane.h"
#include "gui/dialogs/alternativedialog.h"
#include "gui/dialogs/factdialog.h"
#include "gui/factvalueeditor.h"
#include "gui/mainwindow.h"
#include "gui/rankingtablemodel.h"
#include "gui/stalefactsmodel.h"
#include "gui/textutil.h"
#include "guitestutil.h"

using ms::gui::CatalogStore;
using ms::gui::DetailsPane;
using ms::gui::MainWindow;

QT_BEGIN_NAMESPACE
/** gtest prints QStrings as text. */
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

const QDate Today(2026, 11, 29);

/** Three criteria, two alternatives. On 2026-11-29 alpha's quota (2025-10, 13 months)
 *  and its licence detail (2024-01) are stale; its voice (2025-11, 12 months) is not. */
const char* const LayersCatalog = R"({
  "format": "modelscout-catalog", "format_version": 1, "catalog_version": "layers.1",
  "title": "Layers fixture", "as_of": "2026-11",
  "sources": [
    {"id": "guide", "title": "The guide", "url": "https://example.org/guide", "date": "2025-10"},
    {"id": "notes", "title": "Local notes", "url": "file:///etc/passwd", "date": "2026-11"}
  ],
  "criteria": [
    {"id": "quota", "label": {"en": "Free quota"}, "type": "numeric", "direction": "benefit",
     "unit": "messages/month", "bounds": [0, 100]},
    {"id": "price", "label": {"en": "Price"}, "type": "numeric", "direction": "cost",
     "unit": "USD/month", "bounds": [0, 10]},
    {"id": "voice", "label": {"en": "Voice"}, "type": "boolean", "direction": "benefit"}
  ],
  "alternatives": [
    {"id": "alpha", "name": "Alpha", "kind": "character_service", "status": "public",
     "facts": {
       "quota": {"value": 50, "source": "guide", "as_of": "2025-10"},
       "price": {"value": 2, "source": "notes", "as_of": "2026-11"},
       "voice": {"value": true, "source": "guide", "as_of": "2025-11"}},
     "details": [
       {"key": "licence", "label": {"en": "Licence"}, "value": "proprietary", "source": "guide", "as_of": "2024-01"}]},
    {"id": "bravo", "name": "Bravo", "kind": "online_api", "status": "public",
     "facts": {
       "quota": {"value": 100, "source": "notes", "as_of": "2026-11"},
       "price": {"value": 8, "source": "notes", "as_of": "2026-11"},
       "voice": {"value": false, "source": "notes", "as_of": "2026-11"}}}
  ],
  "profiles": [
    {"id": "balanced", "label": {"en": "Balanced"}, "weights": {"quota": 1, "price": 1, "voice": 1}}
  ]
}
)";

/** An update of the fixture: alpha's price is 3 (as of 2026-11). */
const char* const LayersUpdate = R"({
  "format": "modelscout-catalog", "format_version": 1, "catalog_version": "layers.2",
  "title": "Layers fixture update", "as_of": "2026-11",
  "sources": [{"id": "notes", "title": "Local notes", "url": "file:///etc/passwd", "date": "2026-11"}],
  "criteria": [
    {"id": "quota", "label": {"en": "Free quota"}, "type": "numeric", "direction": "benefit",
     "unit": "messages/month", "bounds": [0, 100]},
    {"id": "price", "label": {"en": "Price"}, "type": "numeric", "direction": "cost",
     "unit": "USD/month", "bounds": [0, 10]},
    {"id": "voice", "label": {"en": "Voice"}, "type": "boolean", "direction": "benefit"}
  ],
  "alternatives": [
    {"id": "alpha", "name": "Alpha", "kind": "character_service", "status": "public",
     "facts": {"price": {"value": 3, "source": "notes", "as_of": "2026-11"}}}
  ]
}
)";

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

std::optional<QByteArray> readFile(const QString& path)
{
    return CatalogStore::readFile(path);
}

const ms::Fact* factOf(const ms::Catalog* catalog, const char* alternative, const char* criterion)
{
    if (catalog == nullptr)
        return nullptr;
    const ms::Alternative* alt = catalog->alternative(alternative);
    return alt ? alt->fact(criterion) : nullptr;
}

/** The text of the facts table's cell in the row of criterion `key`. */
QString factCell(const DetailsPane* pane, const QString& key, int column, int role = Qt::DisplayRole)
{
    const QTableWidget* table = pane->factsTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->data(DetailsPane::FactKeyRole).toString() == key)
            return table->item(row, column) ? table->item(row, column)->data(role).toString() : QString();
    }
    return QStringLiteral("<no row %1>").arg(key);
}

ms::Override priceOverride(const char* alternative, double value)
{
    ms::Override o;
    o.alternative = alternative;
    o.criterion = "price";
    o.value = ms::FactValue::ofNumber(value);
    o.asOf = "2026-11-29";
    o.note = "my plan";
    return o;
}

/** A window with its own data folder, a fixed today, and the fixture catalog. */
class CatalogEditingTest : public ::testing::Test, protected guitest::RememberedStateReset {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dataHome.isValid());
        ASSERT_TRUE(files.isValid());
        qputenv("MODELSCOUT_DATA_HOME", QFile::encodeName(dataHome.path()));
        catalogPath = files.filePath(QStringLiteral("layers.json"));
        ASSERT_TRUE(writeFile(catalogPath, LayersCatalog));
        window = std::make_unique<MainWindow>();
        window->setInteractive(false);
        window->catalogStore()->setToday(Today);
    }

    void TearDown() override
    {
        window.reset();
        qunsetenv("MODELSCOUT_DATA_HOME");
    }

    QString dataFile(const char* relative) const { return dataHome.filePath(QString::fromUtf8(relative)); }
    QString overridesPath() const { return dataFile("overrides.json"); }

    const ms::Catalog* catalog() const { return window->catalogStore()->catalog(); }

    void select(const QString& name)
    {
        auto* view = window->findChild<QTableView*>(QStringLiteral("rankingView"));
        const int row = guitest::rowNamed(window->rankingModel(), name);
        ASSERT_GE(row, 0) << name.toStdString();
        view->setCurrentIndex(window->rankingModel()->index(row, ms::gui::RankingTableModel::NameColumn));
    }

    DetailsPane* pane() const { return window->findChild<DetailsPane*>(QStringLiteral("detailsPane")); }
    QToolButton* button(const char* name) const { return window->findChild<QToolButton*>(QString::fromLatin1(name)); }

    QTemporaryDir dataHome;
    QTemporaryDir files;
    QString catalogPath;
    std::unique_ptr<MainWindow> window;
};

TEST_F(CatalogEditingTest, LoadsTheDataFolderLayersAndShowsEachFactsLayer)
{
    ASSERT_TRUE(writeFile(dataFile("update/catalog.json"), LayersUpdate));
    ASSERT_TRUE(writeFile(overridesPath(), R"({"format": "modelscout-overrides", "format_version": 1, "overrides": [
  {"alternative": "alpha", "criterion": "voice", "value": false, "note": "no voice on my plan", "as_of": "2026-11-20"}]}
)"));
    ASSERT_TRUE(window->loadCatalog(catalogPath));

    const ms::Fact* price = factOf(catalog(), "alpha", "price");
    ASSERT_NE(price, nullptr);
    EXPECT_EQ(price->value.number, 3.0);
    EXPECT_EQ(price->layer, "update");
    EXPECT_EQ(factOf(catalog(), "alpha", "voice")->layer, "user");
    EXPECT_FALSE(factOf(catalog(), "alpha", "voice")->value.boolean);
    EXPECT_EQ(factOf(catalog(), "alpha", "quota")->layer, "bundled");
    // The ranked catalog is the merged one: the window's catalog has the same values.
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->value.number, 3.0);

    select(QStringLiteral("Alpha"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("price"), DetailsPane::FactLayerColumn), QStringLiteral("update"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("voice"), DetailsPane::FactLayerColumn), QStringLiteral("user"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("quota"), DetailsPane::FactLayerColumn), QStringLiteral("bundled"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("voice"), DetailsPane::FactValueColumn), QStringLiteral("no"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("voice"), DetailsPane::FactLayerColumn, Qt::ToolTipRole),
        ms::gui::plainToolTip(
            QStringLiteral("Your own figure (overrides.json in your data folder): it wins over every catalog layer")));
    // The source is a link only for http(s).
    EXPECT_EQ(factCell(pane(), QStringLiteral("quota"), DetailsPane::FactSourceColumn), QStringLiteral("The guide"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("quota"), DetailsPane::FactSourceColumn, DetailsPane::SourceUrlRole),
        QStringLiteral("https://example.org/guide"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("price"), DetailsPane::FactSourceColumn), QStringLiteral("Local notes"));
    EXPECT_TRUE(
        factCell(pane(), QStringLiteral("price"), DetailsPane::FactSourceColumn, DetailsPane::SourceUrlRole).isEmpty());
    EXPECT_EQ(
        factCell(pane(), QStringLiteral("voice"), DetailsPane::FactSourceColumn), QStringLiteral("Your own figures"));

    // The status bar says where the catalog comes from, layer by layer.
    auto* status = window->statusBar();
    bool found = false;
    for (QLabel* label : status->findChildren<QLabel*>()) {
        if (label->text() == QStringLiteral("Layers fixture · version layers.1 · as of Nov 2026")) {
            found = true;
            EXPECT_TRUE(label->toolTip().contains(QStringLiteral("update: 1 facts"))) << label->toolTip().toStdString();
            EXPECT_TRUE(label->toolTip().contains(QStringLiteral("user: 1 facts"))) << label->toolTip().toStdString();
        }
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(button("layerProblemButton")->isHidden());
}

TEST_F(CatalogEditingTest, CountsAndMarksStaleFacts)
{
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    QToolButton* stale = button("staleFactsButton");
    ASSERT_NE(stale, nullptr);
    EXPECT_EQ(stale->text(), QStringLiteral("2 stale facts"));
    const QString tip = QTextDocumentFragment::fromHtml(stale->toolTip()).toPlainText();
    EXPECT_TRUE(tip.contains(QStringLiteral("Alpha: Free quota, as of Oct 2025 (13 months)"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Alpha: Licence, as of Jan 2024 (34 months)"))) << tip.toStdString();

    select(QStringLiteral("Alpha"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("quota"), DetailsPane::FactAsOfColumn), QStringLiteral("Oct 2025"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("quota"), DetailsPane::FactAsOfColumn, Qt::AccessibleTextRole),
        QStringLiteral("Oct 2025, stale"));
    EXPECT_EQ(factCell(pane(), QStringLiteral("quota"), DetailsPane::FactAsOfColumn, DetailsPane::StaleRole),
        QStringLiteral("true"));
    const QString staleTip = QTextDocumentFragment::fromHtml(
        factCell(pane(), QStringLiteral("quota"), DetailsPane::FactAsOfColumn, Qt::ToolTipRole))
                                 .toPlainText();
    EXPECT_TRUE(staleTip.startsWith(
        QStringLiteral("Stale: as of 2025-10, 13 months old on %1; facts older than 12 months count as stale.")
            .arg(QLocale().toString(Today, QLocale::ShortFormat))))
        << staleTip.toStdString();
    // 12 months is not stale.
    EXPECT_EQ(factCell(pane(), QStringLiteral("voice"), DetailsPane::FactAsOfColumn), QStringLiteral("Nov 2025"));
    EXPECT_EQ(
        factCell(pane(), QStringLiteral("voice"), DetailsPane::FactAsOfColumn, DetailsPane::StaleRole), QString());

    // Your own figure, dated today, makes the fact fresh.
    ms::Override quota;
    quota.alternative = "alpha";
    quota.criterion = "quota";
    quota.value = ms::FactValue::ofNumber(60);
    quota.asOf = "2026-11-29";
    EXPECT_EQ(window->saveOverrides({ quota }, QStringLiteral("Edit quota")), QString());
    EXPECT_EQ(stale->text(), QStringLiteral("1 stale fact"));
}

TEST_F(CatalogEditingTest, StaleFactsModelListsThem)
{
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    ms::gui::StaleFactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStaleFacts(*catalog(), window->catalogStore()->staleFacts(12), 12);
    ASSERT_EQ(model.rowCount(), 2);
    using M = ms::gui::StaleFactsModel;
    EXPECT_EQ(model.index(0, M::AlternativeColumn).data().toString(), QStringLiteral("Alpha"));
    EXPECT_EQ(model.index(0, M::FactColumn).data().toString(), QStringLiteral("Free quota"));
    EXPECT_EQ(model.index(0, M::AsOfColumn).data().toString(), QStringLiteral("Oct 2025"));
    EXPECT_EQ(model.index(0, M::AgeColumn).data().toString(), QStringLiteral("13 months"));
    EXPECT_EQ(model.index(0, M::LayerColumn).data().toString(), QStringLiteral("bundled"));
    EXPECT_EQ(model.index(1, M::FactColumn).data().toString(), QStringLiteral("Licence (detail)"));
    EXPECT_EQ(model.index(1, M::FactColumn).data(M::FactKeyRole).toString(), QStringLiteral("licence"));
    EXPECT_TRUE(model.index(1, M::FactColumn).data(M::IsDetailRole).toBool());
    EXPECT_EQ(model.index(1, M::AgeColumn).data(M::MonthsRole).toInt(), 34);
    model.setStaleFacts(*catalog(), {}, 12);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CatalogEditingTest, ABrokenLayerIsSkippedShownAndNeverOverwritten)
{
    const QByteArray broken = R"({"format": "modelscout-overrides", "format_version": 1, "overrides": [
  {"alternative": "nobody", "criterion": "price", "value": 1, "as_of": "2026-11"}]}
)";
    ASSERT_TRUE(writeFile(overridesPath(), broken));
    ASSERT_TRUE(writeFile(dataFile("update/catalog.json"), LayersUpdate));
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    // The update still applies; the overrides do not.
    EXPECT_EQ(factOf(catalog(), "alpha", "price")->value.number, 3.0);
    QToolButton* problems = button("layerProblemButton");
    EXPECT_FALSE(problems->isHidden());
    EXPECT_EQ(problems->text(), QStringLiteral("1 layer skipped"));
    EXPECT_TRUE(problems->toolTip().contains(QStringLiteral("nobody"))) << problems->toolTip().toStdString();
    EXPECT_TRUE(window->catalogStore()->problemsText().contains(
        QStringLiteral("/overrides/0/alternative: \"nobody\" is not an alternative of the catalog")))
        << window->catalogStore()->problemsText().toStdString();

    QSignalSpy failed(window.get(), &MainWindow::catalogEditFailed);
    const QString error = window->saveOverrides({ priceOverride("bravo", 1) }, QStringLiteral("Edit price"));
    EXPECT_EQ(error,
        QStringLiteral("%1 has errors, so it is not changed. Fix or remove it first.")
            .arg(QDir::toNativeSeparators(overridesPath())));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(readFile(overridesPath()), std::optional<QByteArray>(broken));
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(CatalogEditingTest, ABrokenCatalogFileIsNotReplacedByAnUpdate)
{
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    ASSERT_TRUE(writeFile(dataFile("update/catalog.json"), LayersUpdate));
    const QString bad = files.filePath(QStringLiteral("bad.json"));
    ASSERT_TRUE(writeFile(bad, "{\"format\": \"modelscout-catalog\", \"format_version\": 1,"));
    QSignalSpy failed(window.get(), &MainWindow::catalogLoadFailed);
    EXPECT_FALSE(window->loadCatalog(bad));
    EXPECT_EQ(failed.count(), 1);
    // The last good catalog stays in use (without the update, which came after it).
    EXPECT_EQ(window->catalog()->title, "Layers fixture");
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->value.number, 2.0);
}

TEST_F(CatalogEditingTest, FactDialogChecksTheValueWithTheLoadersDiagnostics)
{
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    CatalogStore* store = window->catalogStore();
    ms::gui::FactDialog dialog(*store->belowUser(), *store->catalog(), store->overrides(), "bravo", Today);
    ASSERT_TRUE(dialog.selectFact(QStringLiteral("price"), false));
    // It starts from the catalog's value, dated today.
    EXPECT_EQ(dialog.valueEditor()->textEdit()->text(), QStringLiteral("8"));
    EXPECT_EQ(dialog.asOfEdit()->text(), QStringLiteral("2026-11-29"));
    EXPECT_TRUE(dialog.isInputValid());

    dialog.valueEditor()->textEdit()->setText(QStringLiteral("cheap"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.valueErrorLabel()->text(),
        QStringLiteral("\"cheap\" is not a number: type digits with at most one decimal separator (.), no "
                       "thousands separators."));
    EXPECT_EQ(dialog.valueErrorLabel()->textFormat(), Qt::PlainText);

    dialog.valueEditor()->textEdit()->setText(QStringLiteral("1.5"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.valueErrorLabel()->isHidden());

    // The date goes through the loader: its message, under the field.
    dialog.asOfEdit()->setText(QStringLiteral("2026-13"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.asOfErrorLabel()->text(),
        QStringLiteral("expected a date YYYY-MM or YYYY-MM-DD, found string \"2026-13\""));
    dialog.asOfEdit()->setText(QStringLiteral("2026-11"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    // Unknown is a value too (no date needed then).
    dialog.valueEditor()->unknownBox()->setChecked(true);
    dialog.asOfEdit()->clear();
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.editedOverride().value.kind, ms::FactValue::Kind::Unknown);
    dialog.valueEditor()->unknownBox()->setChecked(false);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.asOfErrorLabel()->text(),
        QStringLiteral("missing required key \"as_of\" (expected a date YYYY-MM or YYYY-MM-DD)"));
    dialog.asOfEdit()->setText(QStringLiteral("2026-11"));

    // Turkish: "0,5" is a half, never 5.
    dialog.valueEditor()->setLocale(QLocale(QLocale::Turkish, QLocale::Turkey));
    dialog.valueEditor()->textEdit()->setText(QStringLiteral("0,5"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.editedOverride().value.number, 0.5);
    const std::vector<ms::Override> edited = dialog.editedOverrides();
    ASSERT_EQ(edited.size(), 1u);
    EXPECT_EQ(ms::overridesToJson(edited),
        "{\n  \"format\": \"modelscout-overrides\",\n  \"format_version\": 1,\n  \"overrides\": [\n    {\n"
        "      \"alternative\": \"bravo\",\n      \"criterion\": \"price\",\n      \"value\": 0.5,\n"
        "      \"as_of\": \"2026-11\"\n    }\n  ]\n}\n");

    // A boolean criterion gets a yes/no box.
    ASSERT_TRUE(dialog.selectFact(QStringLiteral("voice"), false));
    EXPECT_TRUE(dialog.valueEditor()->choiceBox()->isVisibleTo(&dialog));
    EXPECT_EQ(dialog.valueEditor()->choiceBox()->currentText(), QStringLiteral("no"));
}

TEST_F(CatalogEditingTest, AnEditIsSavedRerankedAndUndoneAndRedone)
{
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    ASSERT_EQ(guitest::nameAt(window->rankingModel(), 0), QStringLiteral("Alpha"));
    ASSERT_FALSE(QFile::exists(overridesPath()));

    // Bravo at 1 USD/month: (1 + 0.9 + 0) / 3 = 0.633 against Alpha's (0.5 + 0.8 + 1) / 3 = 0.767;
    // with voice too, (1 + 0.9 + 1) / 3 = 0.967 wins.
    ms::Override voice;
    voice.alternative = "bravo";
    voice.criterion = "voice";
    voice.value = ms::FactValue::ofBool(true);
    voice.asOf = "2026-11";
    const std::vector<ms::Override> after { priceOverride("bravo", 1), voice };
    EXPECT_EQ(window->saveOverrides(after, QStringLiteral("Edit Bravo")), QString());
    const QByteArray saved = QByteArray::fromStdString(ms::overridesToJson(after));
    EXPECT_EQ(readFile(overridesPath()), std::optional<QByteArray>(saved));
    EXPECT_EQ(guitest::nameAt(window->rankingModel(), 0), QStringLiteral("Bravo"));
    EXPECT_EQ(factOf(window->catalog(), "bravo", "price")->layer, "user");
    EXPECT_EQ(window->undoStack()->count(), 1);
    EXPECT_EQ(window->undoStack()->undoText(), QStringLiteral("Edit Bravo"));

    window->undoStack()->undo();
    EXPECT_FALSE(QFile::exists(overridesPath())); // there was no file before
    EXPECT_EQ(factOf(window->catalog(), "bravo", "price")->value.number, 8.0);
    EXPECT_EQ(factOf(window->catalog(), "bravo", "price")->layer, "bundled");
    EXPECT_EQ(guitest::nameAt(window->rankingModel(), 0), QStringLiteral("Alpha"));

    window->undoStack()->redo();
    EXPECT_EQ(readFile(overridesPath()), std::optional<QByteArray>(saved));
    EXPECT_EQ(factOf(window->catalog(), "bravo", "price")->value.number, 1.0);
    EXPECT_EQ(guitest::nameAt(window->rankingModel(), 0), QStringLiteral("Bravo"));
}

TEST_F(CatalogEditingTest, UndoPutsBackTheExactBytesOfAHandWrittenFile)
{
    const QByteArray handWritten
        = "{\"format\":\"modelscout-overrides\",\"format_version\":1,\"overrides\":[\n"
          "  {\"alternative\":\"alpha\",\"criterion\":\"price\",\"value\":2.5,\"as_of\":\"2026-10\"}\n]}\n";
    ASSERT_TRUE(writeFile(overridesPath(), handWritten));
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->value.number, 2.5);

    EXPECT_EQ(window->revertOverride(QStringLiteral("alpha"), QStringLiteral("price"), false), QString());
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->value.number, 2.0);
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->layer, "bundled");
    EXPECT_EQ(readFile(overridesPath()),
        std::optional<QByteArray>("{\n  \"format\": \"modelscout-overrides\",\n  \"format_version\": 1,\n"
                                  "  \"overrides\": []\n}\n"));
    EXPECT_EQ(window->undoStack()->undoText(), QStringLiteral("Revert Price of Alpha"));
    // Nothing of yours left to revert.
    EXPECT_EQ(window->revertOverride(QStringLiteral("alpha"), QStringLiteral("price"), false),
        QStringLiteral("This value is the catalog's: there is no figure of yours to remove."));

    window->undoStack()->undo();
    EXPECT_EQ(readFile(overridesPath()), std::optional<QByteArray>(handWritten));
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->value.number, 2.5);
}

TEST_F(CatalogEditingTest, UndoNeverOverwritesAChangeMadeElsewhere)
{
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    ASSERT_EQ(window->saveOverrides({ priceOverride("bravo", 1) }, QStringLiteral("Edit price")), QString());
    // The CLI writes the file meanwhile.
    const QByteArray cli = QByteArray::fromStdString(ms::overridesToJson({ priceOverride("bravo", 4) }));
    ASSERT_TRUE(writeFile(overridesPath(), cli));
    QSignalSpy failed(window.get(), &MainWindow::catalogEditFailed);
    window->undoStack()->undo();
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(readFile(overridesPath()), std::optional<QByteArray>(cli));
    EXPECT_EQ(factOf(window->catalog(), "bravo", "price")->value.number, 4.0);
    EXPECT_EQ(window->undoStack()->count(), 0); // the step no longer matches the file
}

TEST_F(CatalogEditingTest, AFailedSaveChangesNothing)
{
    const QByteArray mine = QByteArray::fromStdString(ms::overridesToJson({ priceOverride("alpha", 2.5) }));
    ASSERT_TRUE(writeFile(overridesPath(), mine));
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    QSignalSpy failed(window.get(), &MainWindow::catalogEditFailed);

    // A read-only folder (root ignores permissions: then a folder that cannot exist).
    const bool root = ::geteuid() == 0;
    QString error;
    if (!root) {
        ASSERT_TRUE(QFile::setPermissions(dataHome.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        error
            = window->saveOverrides({ priceOverride("alpha", 2.5), priceOverride("bravo", 1) }, QStringLiteral("Edit"));
        QFile::setPermissions(
            dataHome.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        EXPECT_TRUE(error.startsWith(QStringLiteral("Your figures were not saved, so nothing changed.\ncannot write ")))
            << error.toStdString();
        EXPECT_EQ(readFile(overridesPath()), std::optional<QByteArray>(mine));
    } else {
        const QString blocker = files.filePath(QStringLiteral("not-a-folder"));
        ASSERT_TRUE(writeFile(blocker, "a file"));
        qputenv("MODELSCOUT_DATA_HOME", QFile::encodeName(blocker + QStringLiteral("/data")));
        ASSERT_TRUE(window->reloadCatalog());
        error = window->saveOverrides({ priceOverride("bravo", 1) }, QStringLiteral("Edit"));
        EXPECT_EQ(error,
            QStringLiteral("Your figures were not saved, so nothing changed.\ncannot create the folder %1")
                .arg(QDir::toNativeSeparators(blocker + QStringLiteral("/data"))));
    }
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(window->undoStack()->count(), 0);
    EXPECT_EQ(factOf(window->catalog(), "bravo", "price")->value.number, 8.0);
    EXPECT_EQ(guitest::nameAt(window->rankingModel(), 0), QStringLiteral("Alpha"));
    EXPECT_EQ(
        window->statusBar()->currentMessage(), QStringLiteral("Your figures were not saved, so nothing changed."));
}

TEST_F(CatalogEditingTest, AddAlternativeDialogAndUndo)
{
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    CatalogStore* store = window->catalogStore();
    ms::gui::AlternativeDialog dialog(*store->belowUser(), *store->catalog(), store->overrides(), Today);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("My NPC server"));
    EXPECT_EQ(dialog.idEdit()->text(), QStringLiteral("my-npc-server"));
    dialog.criterionBox()->setCurrentIndex(dialog.criterionBox()->findData(QStringLiteral("price")));
    EXPECT_FALSE(dialog.okButton()->isEnabled()); // no value yet
    EXPECT_EQ(dialog.valueErrorLabel()->text(), QStringLiteral("Type a number, or tick Unknown."));
    dialog.valueEditor()->textEdit()->setText(QStringLiteral("0"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    dialog.idEdit()->setText(QStringLiteral("alpha"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.idErrorLabel()->text(),
        QStringLiteral("The catalog already has an alternative \"alpha\"; choose another id."));
    dialog.idEdit()->setText(QStringLiteral("My Server"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.idErrorLabel()->text().startsWith(QStringLiteral("expected an ASCII id")))
        << dialog.idErrorLabel()->text().toStdString();
    dialog.idEdit()->setText(QStringLiteral("my-npc-server"));
    ASSERT_TRUE(dialog.okButton()->isEnabled());

    EXPECT_EQ(window->saveOverrides(dialog.editedOverrides(), QStringLiteral("Add My NPC server")), QString());
    const ms::Alternative* added = window->catalog()->alternative("my-npc-server");
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->name, "My NPC server");
    EXPECT_EQ(added->kind, "local_model");
    EXPECT_EQ(added->fact("price")->layer, "user");
    EXPECT_GE(guitest::rowNamed(window->rankingModel(), QStringLiteral("My NPC server")), 0);

    // A second figure for it keeps it; reverting its first figure hands name and kind on.
    ms::Override quota;
    quota.alternative = "my-npc-server";
    quota.criterion = "quota";
    quota.value = ms::FactValue::ofNumber(100);
    quota.asOf = "2026-11";
    std::vector<ms::Override> two = store->overrides();
    ms::setOverride(two, quota);
    ASSERT_EQ(window->saveOverrides(two, QStringLiteral("Edit quota")), QString());
    ASSERT_EQ(window->revertOverride(QStringLiteral("my-npc-server"), QStringLiteral("price"), false), QString());
    ASSERT_NE(window->catalog()->alternative("my-npc-server"), nullptr);
    EXPECT_EQ(window->catalog()->alternative("my-npc-server")->name, "My NPC server");
    EXPECT_EQ(window->catalog()->alternative("my-npc-server")->fact("price"), nullptr);

    window->undoStack()->undo();
    window->undoStack()->undo();
    window->undoStack()->undo();
    EXPECT_EQ(window->catalog()->alternative("my-npc-server"), nullptr);
    EXPECT_EQ(guitest::rowNamed(window->rankingModel(), QStringLiteral("My NPC server")), -1);
    EXPECT_FALSE(QFile::exists(overridesPath()));
}

TEST_F(CatalogEditingTest, ImportStoresALayerReimportReplacesItAndYourFiguresSurvive)
{
    // The import takes the criteria of the open catalog: open the bundled one.
    ASSERT_TRUE(window->loadCatalog(guitest::bundledCatalog()));
    const std::size_t bundledCount = window->catalog()->alternatives.size();
    const QString list = guitest::testData("real/gpt4all_models3.json");

    const ms::gui::ImportOutcome first = window->importModelList(ms::ImportFormat::Gpt4All, list);
    ASSERT_TRUE(first.ok) << first.error.toStdString();
    EXPECT_EQ(first.imported, 28u);
    EXPECT_EQ(first.skipped, 4u);
    EXPECT_EQ(first.diagnostics.size(), 4u); // the embedding models, each skipped with a warning
    EXPECT_EQ(first.layerPath, dataFile("imports/gpt4all.json"));
    EXPECT_TRUE(QFile::exists(dataFile("imports/gpt4all.json")));
    EXPECT_EQ(window->statusBar()->currentMessage(),
        QStringLiteral("Imported 28 models from %1").arg(QDir::toNativeSeparators(list)));
    EXPECT_EQ(window->catalog()->alternatives.size(), bundledCount + 28);
    const char* reasoner = "gpt4all.qwen2.5-coder-7b-instruct-q4_0";
    ASSERT_NE(factOf(window->catalog(), reasoner, "hardware_gb"), nullptr);
    EXPECT_EQ(factOf(window->catalog(), reasoner, "hardware_gb")->layer, "import:gpt4all.json");
    EXPECT_EQ(factOf(window->catalog(), reasoner, "hardware_gb")->value.number, 8.0);

    // Your figure for an imported model.
    ms::Override ram;
    ram.alternative = reasoner;
    ram.criterion = "hardware_gb";
    ram.value = ms::FactValue::ofNumber(6);
    ram.asOf = "2026-11";
    ASSERT_EQ(window->saveOverrides({ ram }, QStringLiteral("Edit RAM")), QString());
    const QByteArray overrides = *readFile(overridesPath());

    // A newer, shorter list of the same format replaces the import.
    const QString newer = files.filePath(QStringLiteral("gpt4all_2026-10.json"));
    ASSERT_TRUE(writeFile(newer, R"([
  {"name": "Reasoner v1", "filename": "qwen2.5-coder-7b-instruct-q4_0.gguf", "filesize": "4431390720", "ramrequired": "8"},
  {"name": "Half", "filename": "half.gguf", "filesize": "3785248281", "ramrequired": "7.5"}
])"));
    const ms::gui::ImportOutcome second = window->importModelList(ms::ImportFormat::Gpt4All, newer);
    ASSERT_TRUE(second.ok) << second.error.toStdString();
    EXPECT_EQ(second.imported, 2u);
    EXPECT_EQ(second.asOf, QStringLiteral("2026-10"));
    EXPECT_EQ(window->catalog()->alternatives.size(), bundledCount + 2);
    EXPECT_EQ(factOf(window->catalog(), reasoner, "hardware_gb")->value.number, 6.0);
    EXPECT_EQ(factOf(window->catalog(), reasoner, "hardware_gb")->layer, "user");
    EXPECT_EQ(factOf(window->catalog(), "gpt4all.half", "hardware_gb")->asOf, "2026-10");
    EXPECT_EQ(readFile(overridesPath()), std::optional<QByteArray>(overrides));
    EXPECT_EQ(QDir(dataFile("imports")).entryList(QDir::Files), QStringList { QStringLiteral("gpt4all.json") });

    // A list that is not JSON changes nothing.
    const QString broken = files.filePath(QStringLiteral("broken.json"));
    ASSERT_TRUE(writeFile(broken, "[{\"name\": \"x\",]"));
    const QByteArray layer = *readFile(dataFile("imports/gpt4all.json"));
    QSignalSpy failed(window.get(), &MainWindow::catalogEditFailed);
    const ms::gui::ImportOutcome third = window->importModelList(ms::ImportFormat::Gpt4All, broken);
    EXPECT_FALSE(third.ok);
    EXPECT_EQ(failed.count(), 1);
    ASSERT_FALSE(third.diagnostics.empty());
    EXPECT_EQ(third.diagnostics.front().severity, ms::Severity::Error);
    EXPECT_EQ(readFile(dataFile("imports/gpt4all.json")), std::optional<QByteArray>(layer));
    EXPECT_EQ(window->catalog()->alternatives.size(), bundledCount + 2);
}

TEST_F(CatalogEditingTest, AnOverrideSurvivesAnUpdate)
{
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    ASSERT_EQ(window->saveOverrides({ priceOverride("alpha", 2.5) }, QStringLiteral("Edit price")), QString());
    // An update arrives with a new price for the same fact.
    ASSERT_TRUE(writeFile(dataFile("update/catalog.json"), LayersUpdate));
    ASSERT_TRUE(window->reloadCatalog());
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->value.number, 2.5);
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->layer, "user");
    // Revert: the update's value shows, not the bundled one.
    ASSERT_EQ(window->revertOverride(QStringLiteral("alpha"), QStringLiteral("price"), false), QString());
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->value.number, 3.0);
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->layer, "update");
}

TEST_F(CatalogEditingTest, EditActionsFollowTheSelection)
{
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    ASSERT_EQ(window->saveOverrides({ priceOverride("alpha", 2.5) }, QStringLiteral("Edit price")), QString());
    select(QStringLiteral("Alpha"));
    auto* revert = window->findChild<QAction*>(QStringLiteral("actionRevertFact"));
    auto* edit = window->findChild<QAction*>(QStringLiteral("actionEditFact"));
    auto* undo = window->findChild<QAction*>(QStringLiteral("actionUndo"));
    ASSERT_TRUE(revert && edit && undo);
    EXPECT_TRUE(edit->isEnabled());
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Edit price"));
    ASSERT_TRUE(pane()->selectFact(QStringLiteral("quota"), false));
    EXPECT_FALSE(revert->isEnabled()); // the catalog's value
    ASSERT_TRUE(pane()->selectFact(QStringLiteral("price"), false));
    EXPECT_TRUE(revert->isEnabled()); // yours
    revert->trigger();
    EXPECT_EQ(factOf(window->catalog(), "alpha", "price")->layer, "bundled");
    EXPECT_EQ(window->undoStack()->count(), 2);
    // Saving the same figures again is not a step of its own.
    EXPECT_EQ(window->saveOverrides(window->catalogStore()->overrides(), QStringLiteral("Nothing")), QString());
    EXPECT_EQ(window->undoStack()->count(), 2);

    // File › Import offers the three formats.
    auto* import = window->findChild<QMenu*>(QStringLiteral("menuImport"));
    ASSERT_NE(import, nullptr);
    QStringList names;
    for (QAction* action : import->actions())
        names << action->objectName();
    EXPECT_EQ(names,
        (QStringList { QStringLiteral("actionImportLiteLlm"), QStringLiteral("actionImportOpenRouter"),
            QStringLiteral("actionImportGpt4All") }));
}

/** Screenshots for review: set MODELSCOUT_GRAB_DIR to a folder. */
TEST_F(CatalogEditingTest, GrabDetailsPaneAndFactDialog)
{
    // The pictures go to MODELSCOUT_GRAB_DIR when it is set (to look at them), else to a
    // temporary folder; either way each must be written and have the widget's size.
    const QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    const QByteArray grabDir = qgetenv("MODELSCOUT_GRAB_DIR");
    const QByteArray dir = grabDir.isEmpty() ? QFile::encodeName(temporary.path()) : grabDir;
    const auto expectPicture = [&dir](const QString& name, const QSize& size) {
        const QImage image(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
        EXPECT_FALSE(image.isNull()) << name.toStdString();
        EXPECT_EQ(image.size(), size) << name.toStdString();
    };
    ASSERT_TRUE(writeFile(dataFile("update/catalog.json"), LayersUpdate));
    ASSERT_TRUE(window->loadCatalog(catalogPath));
    ASSERT_EQ(window->saveOverrides({ priceOverride("alpha", 2.5) }, QStringLiteral("Edit price")), QString());
    window->resetLayout();
    window->show();
    select(QStringLiteral("Alpha"));
    pane()->selectFact(QStringLiteral("price"), false);
    QApplication::processEvents();
    EXPECT_TRUE(window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/catalog-window.png")));
    EXPECT_TRUE(pane()->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/details-pane.png")));

    CatalogStore* store = window->catalogStore();
    ms::gui::FactDialog dialog(
        *store->belowUser(), *store->catalog(), store->overrides(), "alpha", Today, window.get());
    dialog.selectFact(QStringLiteral("price"), false);
    dialog.asOfEdit()->setText(QStringLiteral("2026-13"));
    dialog.show();
    QApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/fact-dialog.png")));

    ms::gui::AlternativeDialog add(*store->belowUser(), *store->catalog(), store->overrides(), Today, window.get());
    add.nameEdit()->setText(QStringLiteral("My NPC server"));
    add.show();
    QApplication::processEvents();
    EXPECT_TRUE(add.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/alternative-dialog.png")));

    window->findChild<QToolButton*>(QStringLiteral("staleFactsButton"))->click();
    auto* stale = window->findChild<QDialog*>(QStringLiteral("staleFactsDialog"));
    ASSERT_NE(stale, nullptr);
    QApplication::processEvents();
    EXPECT_TRUE(stale->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/stale-facts.png")));

    const qreal ratio = window->devicePixelRatioF();
    expectPicture(QStringLiteral("catalog-window.png"), window->size() * ratio);
    expectPicture(QStringLiteral("details-pane.png"), pane()->size() * ratio);
    expectPicture(QStringLiteral("fact-dialog.png"), dialog.size() * ratio);
    expectPicture(QStringLiteral("alternative-dialog.png"), add.size() * ratio);
    expectPicture(QStringLiteral("stale-facts.png"), stale->size() * ratio);
}

} // namespace

// main() is in guitestmain.cpp.
