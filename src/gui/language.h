// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <QByteArray>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/scenario/scenario.h"

class QMainWindow;
class QMenu;
class QTranslator;

namespace ms::gui {

class MainWindow;

/** The language the user asked for in Settings › Language (stored as settings::language:
 *  "system", "en" or "tr"). */
enum class LanguagePreference { System, English, Turkish };

/** The languages the GUI is translated into (resources/translations/modelscout_*.ts). */
enum class UiLanguage { English, Turkish };

/** The stored preference; System when nothing (or something unknown) is stored. */
[[nodiscard]] LanguagePreference languagePreference();

/** The language a preference means on a machine whose locale is `system`: System picks
 *  Turkish for a Turkish system locale and English for any other. */
[[nodiscard]] UiLanguage resolveLanguage(LanguagePreference preference, const QLocale& system = QLocale::system());

/** The locale numbers and dates are shown in for `language`: the system locale when it
 *  speaks that language (so en_GB keeps its own dates), else the language's main locale
 *  (tr_TR, en_US). */
[[nodiscard]] QLocale localeFor(UiLanguage language, const QLocale& system = QLocale::system());

/** Installs the translators of `preference` (ModelScout's own from the resource ":/i18n"
 *  and Qt's qtbase_tr.qm for standard buttons and dialogs, when present) and makes
 *  QLocale's default the system locale for System, else localeFor(the language).
 *  Replaces what an earlier call installed. Does not store the preference. Returns the
 *  language now in use. */
UiLanguage applyLanguage(LanguagePreference preference);

/** Stores `preference`, applies it and tells LanguageNotifier::languageChanged. */
void setLanguagePreference(LanguagePreference preference);

/** The language applyLanguage last installed (English before any call). */
[[nodiscard]] UiLanguage currentLanguage();

/** The catalog language code for the GUI's current language: "tr" or "en", for
 *  LocalizedText::get, ms::kindLabel and ms::reportTexts. */
[[nodiscard]] std::string_view catalogLanguage();

/** The core's description of a method, normalisation or missing-fact policy in the
 *  current language (the phrases of ms::reportTexts; ms::describe is English only). */
[[nodiscard]] std::string describeInUi(ms::Method method);
[[nodiscard]] std::string describeInUi(ms::Normalisation normalisation);
[[nodiscard]] std::string describeInUi(ms::MissingPolicy policy);

/** Tells when setLanguagePreference changed the language (one instance per process). */
class LanguageNotifier : public QObject
{
    Q_OBJECT
public:
    static LanguageNotifier& instance();

Q_SIGNALS:
    void languageChanged();

private:
    LanguageNotifier() = default;
};

/** Adds a "&Settings" menu with a "&Language" submenu (System, English, Türkçe; the
 *  stored preference checked) to `window`'s menu bar, before its Help menu (objectName
 *  "menuHelp") when it has one. Picking an entry calls setLanguagePreference. */
QMenu* addLanguageMenu(QMainWindow* window);

/** Owns the app's main window and makes a new one when the language changes, so every
 *  string (forms, code-made labels, models, charts) is made again in the new language.
 *  The new window gets the old one's catalog, scenario, geometry, splitter, open page,
 *  filter and selected alternative. Open analysis dialogs close and the undo history
 *  starts again. */
class WindowHost : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(QObject* parent = nullptr);
    ~WindowHost() override;

    /** The current main window (made on first call). */
    MainWindow* window();

    /** Replaces the window now with one made in the current language (what
     *  LanguageNotifier::languageChanged does, queued). Returns the new window. */
    MainWindow* recreate();

Q_SIGNALS:
    /** A new window replaced the old one (already shown when the old one was visible). */
    void windowReplaced(ms::gui::MainWindow* window);

private:
    QPointer<MainWindow> m_window;
};

} // namespace ms::gui
