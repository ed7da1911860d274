// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <string_view>

/** A small logging facade: the only place that includes spdlog is log.cpp. */
namespace ms::log {

enum class Level { Debug, Info, Warning, Error, Off };

void debug(std::string_view message);
void info(std::string_view message);
void warning(std::string_view message);
void error(std::string_view message);

/** Messages below `level` are dropped. Default: Warning (MODELSCOUT_LOG=debug|info|... overrides). */
void setLevel(Level level);

/** Every message that passes the level is also handed to `callback` (e.g. a GUI log
 *  model). Pass an empty function to remove it. Called on the logging thread. */
void setCallback(std::function<void(Level, const std::string&)> callback);

} // namespace ms::log
