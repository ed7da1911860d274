// SPDX-License-Identifier: MIT
#include "core/log/log.h"

#include <cstdlib>
#include <mutex>
#include <string>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace ms::log {

namespace {

std::mutex g_callbackMutex;
std::function<void(Level, const std::string&)> g_callback;

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Debug: return spdlog::level::debug;
    case Level::Info: return spdlog::level::info;
    case Level::Warning: return spdlog::level::warn;
    case Level::Error: return spdlog::level::err;
    case Level::Off: return spdlog::level::off;
    }
    return spdlog::level::warn;
}

Level levelFromEnvironment()
{
    const char* env = std::getenv("MODELSCOUT_LOG");
    if (!env)
        return Level::Warning;
    const std::string value(env);
    if (value == "debug") return Level::Debug;
    if (value == "info") return Level::Info;
    if (value == "error") return Level::Error;
    if (value == "off") return Level::Off;
    return Level::Warning;
}

struct State {
    std::shared_ptr<spdlog::logger> logger;
    Level level;
    State()
        : logger(spdlog::stderr_color_mt("modelscout"))
        , level(levelFromEnvironment())
    {
        logger->set_pattern("%^[%l]%$ %v");
        logger->set_level(toSpd(level));
    }
};

State& state()
{
    static State s;
    return s;
}

void emit(Level level, std::string_view message)
{
    State& s = state();
    if (level < s.level)
        return;
    s.logger->log(toSpd(level), "{}", message);
    std::lock_guard lock(g_callbackMutex);
    if (g_callback)
        g_callback(level, std::string(message));
}

} // namespace

void debug(std::string_view message) { emit(Level::Debug, message); }
void info(std::string_view message) { emit(Level::Info, message); }
void warning(std::string_view message) { emit(Level::Warning, message); }
void error(std::string_view message) { emit(Level::Error, message); }

void setLevel(Level level)
{
    state().level = level;
    state().logger->set_level(toSpd(level));
}

void setCallback(std::function<void(Level, const std::string&)> callback)
{
    std::lock_guard lock(g_callbackMutex);
    g_callback = std::move(callback);
}

} // namespace ms::log
