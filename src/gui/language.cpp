// SPDX-License-Identifier: MIT
#include "gui/language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBox>
#include <QTranslator>

#include "core/log/log.h"
#include "core/report/reporttext.h"
#include "gui/guisettings.h"
#include "gui/mainwindow.h"
#include "gui/rankingtablemodel.h"

namespace ms::gui {

namespace {

struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    UiLanguage language = UiLanguage::English;
};

Installed& installed()
{
    static Installed state;
    return state;
}

QString preferenceKey(LanguagePreference preference)
{
    switch (preference) {
    case LanguagePreference::English: return QStringLiteral("en");
    case LanguagePreference::Turkish: return QStringLiteral("tr");
    case LanguagePreference::System: break;
    }
    return QStringLiteral("system");
}

void removeTranslator(std::unique_ptr<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

LanguagePreference languagePreference()
{
    const QString stored = settings::language.value();
    if (stored == QLatin1String("en"))
        return LanguagePreference::English;
    if (stored == QLatin1String("tr"))
        return LanguagePreference::Turkish;
    return LanguagePreference::System;
}

UiLanguage resolveLanguage(LanguagePreference preference, const QLocale& system)
{
    switch (preference) {
    case LanguagePreference::English: return UiLanguage::English;
    case LanguagePreference::Turkish: return UiLanguage::Turkish;
    case LanguagePreference::System: break;
    }
    return system.language() == QLocale::Turkish ? UiLanguage::Turkish : UiLanguage::English;
}

QLocale localeFor(UiLanguage language, const QLocale& system)
{
    const QLocale::Language wanted = language == UiLanguage::Turkish ? QLocale::Turkish : QLocale::English;
    if (system.language() == wanted)
        return system;
    return language == UiLanguage::Turkish ? QLocale(QLocale::Turkish, QLocale::Turkey)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

UiLanguage applyLanguage(LanguagePreference preference)
{
    Installed& state = installed();
    removeTranslator(state.app);
    removeTranslator(state.qt);

    const UiLanguage language = resolveLanguage(preference);
    // "System" keeps the system's own number and date formats even where the window
    // stays English (a German system writes 1.234,5); a chosen language brings its own.
    QLocale::setDefault(preference == LanguagePreference::System ? QLocale::system() : localeFor(language));
    state.language = language;

    const QString code = language == UiLanguage::Turkish ? QStringLiteral("tr") : QStringLiteral("en");
    // ModelScout's own strings (English: plural forms only), embedded by qt_add_translations.
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/modelscout_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        state.app = std::move(app);
    } else {
        ms::log::warning("no translation :/i18n/modelscout_" + code.toStdString() + ".qm in the program");
    }
    // Qt's own (standard buttons, file dialogs), from the system's Qt translations.
    if (language == UiLanguage::Turkish) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_tr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        } else {
            ms::log::info("Qt's own Turkish translation (qtbase_tr.qm) is not installed; standard buttons stay English");
        }
    }
    return language;
}

void setLanguagePreference(LanguagePreference preference)
{
    settings::language.setValue(preferenceKey(preference));
    applyLanguage(preference);
    Q_EMIT LanguageNotifier::instance().languageChanged();
}

UiLanguage currentLanguage()
{
    return installed().language;
}

std::string_view catalogLanguage()
{
    return currentLanguage() == UiLanguage::Turkish ? std::string_view("tr") : std::string_view("en");
}

std::string describeInUi(ms::Method method)
{
    const ms::ReportTexts& t = ms::reportTexts(catalogLanguage());
    switch (method) {
    case ms::Method::WeightedSum: return t.methodWsm;
    case ms::Method::WeightedProduct: return t.methodWpm;
    case ms::Method::Topsis: return t.methodTopsis;
    }
    return ms::describe(method);
}

std::string describeInUi(ms::Normalisation normalisation)
{
    const ms::ReportTexts& t = ms::reportTexts(catalogLanguage());
    switch (normalisation) {
    case ms::Normalisation::FixedBounds: return t.normFixed;
    case ms::Normalisation::MinMax: return t.normMinMax;
    case ms::Normalisation::Max: return t.normMax;
    case ms::Normalisation::Sum: return t.normSum;
    case ms::Normalisation::Vector: return t.normVector;
    case ms::Normalisation::None: return t.normNone;
    }
    return ms::describe(normalisation);
}

std::string describeInUi(ms::MissingPolicy policy)
{
    const ms::ReportTexts& t = ms::reportTexts(catalogLanguage());
    switch (policy) {
    case ms::MissingPolicy::Pessimistic: return t.missingPessimistic;
    case ms::MissingPolicy::Optimistic: return t.missingOptimistic;
    case ms::MissingPolicy::Midpoint: return t.missingMidpoint;
    }
    return ms::describe(policy);
}

LanguageNotifier& LanguageNotifier::instance()
{
    static LanguageNotifier notifier;
    return notifier;
}

QMenu* addLanguageMenu(QMainWindow* window)
{
    auto* settingsMenu = new QMenu(QCoreApplication::translate("ms::gui::Language", "&Settings"), window);
    settingsMenu->setObjectName(QStringLiteral("menuSettings"));
    QMenuBar* bar = window->menuBar();
    QAction* before = nullptr;
    if (auto* help = window->findChild<QMenu*>(QStringLiteral("menuHelp")))
        before = help->menuAction();
    bar->insertMenu(before, settingsMenu);

    QMenu* languageMenu = settingsMenu->addMenu(QCoreApplication::translate("ms::gui::Language", "&Language"));
    languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    languageMenu->setToolTipsVisible(true);
    auto* group = new QActionGroup(languageMenu);
    group->setExclusive(true);
    const LanguagePreference stored = languagePreference();
    struct Entry {
        LanguagePreference preference;
        QString text;
        const char* name;
    };
    // The language names stay in their own language, so anyone can find theirs.
    const Entry entries[] = {
        {LanguagePreference::System, QCoreApplication::translate("ms::gui::Language", "&System (default)"), "actionLanguageSystem"},
        {LanguagePreference::English, QStringLiteral("&English"), "actionLanguageEnglish"},
        {LanguagePreference::Turkish, QStringLiteral("&Türkçe"), "actionLanguageTurkish"},
    };
    for (const Entry& entry : entries) {
        QAction* action = languageMenu->addAction(entry.text);
        action->setObjectName(QLatin1String(entry.name));
        action->setCheckable(true);
        action->setToolTip(QCoreApplication::translate("ms::gui::Language", "The language of the window and of the "
                                                                            "catalog's text; the change is immediate"));
        action->setChecked(entry.preference == stored);
        if (entry.preference == LanguagePreference::System)
            action->setToolTip(QCoreApplication::translate("ms::gui::Language",
                                                           "Follow the system: Turkish on a Turkish system, else English"));
        group->addAction(action);
        const LanguagePreference preference = entry.preference;
        QObject::connect(action, &QAction::triggered, window, [preference] {
            if (preference != languagePreference() || resolveLanguage(preference) != currentLanguage())
                setLanguagePreference(preference);
        });
    }
    return settingsMenu;
}

WindowHost::WindowHost(QObject* parent)
    : QObject(parent)
{
    // Queued: the old window's menu action is still running when the signal comes.
    connect(&LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this,
            [this] { recreate(); }, Qt::QueuedConnection);
}

WindowHost::~WindowHost()
{
    delete m_window.data();
}

MainWindow* WindowHost::window()
{
    if (!m_window)
        m_window = new MainWindow;
    return m_window;
}

MainWindow* WindowHost::recreate()
{
    MainWindow* old = m_window;
    if (old == nullptr)
        return window();

    // What the window shows besides the scenario and the settings it saves itself.
    const QString catalogPath = old->catalogPath();
    const ms::Scenario scenario = old->scenario();
    const bool visible = old->isVisible();
    const QByteArray geometry = old->saveGeometry();
    const QByteArray state = old->saveState();
    QByteArray splitterState;
    if (auto* splitter = old->findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitterState = splitter->saveState();
    int page = -1;
    if (auto* pages = old->findChild<QToolBox*>(QStringLiteral("scenarioToolBox")))
        page = pages->currentIndex();
    QString filter;
    if (auto* edit = old->findChild<QLineEdit*>(QStringLiteral("filterEdit")))
        filter = edit->text();
    QString kind;
    if (auto* box = old->findChild<QComboBox*>(QStringLiteral("kindFilterBox")))
        kind = box->currentData().toString();
    QString selectedId;
    if (auto* view = old->findChild<QTableView*>(QStringLiteral("rankingView")))
        selectedId = view->currentIndex().data(RankingTableModel::AlternativeIdRole).toString();

    auto* fresh = new MainWindow;
    fresh->setInteractive(old->isInteractive());
    if (!catalogPath.isEmpty()) {
        if (!fresh->loadCatalog(catalogPath)) {
            // The file went bad since: keep the window that still has the catalog.
            ms::log::warning("the catalog could not be read again for the new language; the window stays as it was");
            delete fresh;
            return old;
        }
        fresh->setScenario(scenario);
    }
    fresh->restoreGeometry(geometry);
    fresh->restoreState(state);
    if (auto* splitter = fresh->findChild<QSplitter*>(QStringLiteral("mainSplitter")); splitter && !splitterState.isEmpty())
        splitter->restoreState(splitterState);
    if (auto* pages = fresh->findChild<QToolBox*>(QStringLiteral("scenarioToolBox")); pages && page >= 0)
        pages->setCurrentIndex(page);
    if (auto* box = fresh->findChild<QComboBox*>(QStringLiteral("kindFilterBox"))) {
        const int index = box->findData(kind);
        if (index >= 0)
            box->setCurrentIndex(index);
    }
    if (auto* edit = fresh->findChild<QLineEdit*>(QStringLiteral("filterEdit")))
        edit->setText(filter);
    if (auto* view = fresh->findChild<QTableView*>(QStringLiteral("rankingView")); view && !selectedId.isEmpty()) {
        QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(RankingTableModel::AlternativeIdRole).toString() == selectedId) {
                view->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
    }

    m_window = fresh;
    if (visible)
        fresh->show();
    // Hidden before it goes, so the app never sees its last window close.
    old->hide();
    old->deleteLater();
    Q_EMIT windowReplaced(fresh);
    return fresh;
}

} // namespace ms::gui
