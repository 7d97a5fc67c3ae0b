# One INTERFACE target carries every compiler and linker flag; every CaseDesk
# target links it, so no flag is set directory-wide.
add_library(casedesk_flags INTERFACE)

target_compile_features(casedesk_flags INTERFACE cxx_std_20)
target_compile_definitions(casedesk_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_NO_CONTEXTLESS_CONNECT
    # _FORTIFY_SOURCE needs optimisation; Debug builds without -O would warn.
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_compile_options(casedesk_flags INTERFACE
    -Wall -Wextra -Wpedantic -pedantic-errors
    -Wold-style-cast -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -fstack-protector-strong
    -fstack-clash-protection)
target_link_options(casedesk_flags INTERFACE
    -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack
    -Wl,--as-needed)

if(CASEDESK_WERROR)
    target_compile_options(casedesk_flags INTERFACE -Werror)
endif()
if(CASEDESK_STRICT_ASSERTS)
    target_compile_definitions(casedesk_flags INTERFACE QT_FORCE_ASSERTS _GLIBCXX_ASSERTIONS)
endif()
if(CASEDESK_SANITIZE)
    # GCC leaves float-cast-overflow (a double beyond the integer it becomes,
    # such as 1e300 from hostile JSON) out of "undefined"; clang includes it.
    target_compile_options(casedesk_flags INTERFACE
        -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=undefined,float-cast-overflow
        -fno-omit-frame-pointer)
    target_link_options(casedesk_flags INTERFACE -fsanitize=address,undefined,float-cast-overflow)
endif()
if(CASEDESK_BUILD_FUZZERS)
    # libFuzzer comes with clang; GCC has no equivalent (preset fuzz, docs/fuzzing.md).
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CASEDESK_BUILD_FUZZERS needs clang: cmake --preset fuzz")
    endif()
    # Every target gets the coverage feedback libFuzzer steers by and the
    # sanitizers that turn a silent memory error into a crash; only the fuzz
    # targets link libFuzzer's main() (fuzz/CMakeLists.txt).
    target_compile_options(casedesk_flags INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(casedesk_flags INTERFACE -fsanitize=address,undefined)
endif()
