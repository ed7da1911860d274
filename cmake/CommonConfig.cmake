# SPDX-License-Identifier: MIT
# One INTERFACE target that carries the language standard, warnings and Qt
# strictness flags; every target of the project links it.
add_library(modelscout_common INTERFACE)
target_compile_features(modelscout_common INTERFACE cxx_std_20)
target_compile_options(modelscout_common INTERFACE -Wall -Wextra -Wpedantic)
if(MODELSCOUT_WERROR)
  target_compile_options(modelscout_common INTERFACE -Werror)
endif()
target_compile_definitions(modelscout_common INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_FOREACH QT_NO_KEYWORDS)
target_include_directories(modelscout_common INTERFACE "${PROJECT_SOURCE_DIR}/src")
if(MODELSCOUT_SANITIZERS)
  target_compile_options(modelscout_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(modelscout_common INTERFACE -fsanitize=address,undefined)
endif()
