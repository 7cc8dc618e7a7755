# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer executable for a bounded time on a fresh copy of its seed corpus (ctest script).
# In: FUZZER, SEEDS, DICT, WORK, SECONDS. Crash inputs land in ${WORK}/artifacts/.
foreach(var FUZZER SEEDS DICT WORK SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzzer.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK}/corpus)
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
file(GLOB seeds ${SEEDS}/*)
file(COPY ${seeds} DESTINATION ${WORK}/corpus)
# Reproducers of earlier runs are kept; only the ones this run writes are named in the failure.
file(GLOB before ${WORK}/artifacts/*)

execute_process(
    COMMAND ${FUZZER}
        -max_total_time=${SECONDS}
        -rss_limit_mb=2048
        -timeout=10
        -print_final_stats=1
        -dict=${DICT}
        -artifact_prefix=${WORK}/artifacts/
        ${WORK}/corpus
    WORKING_DIRECTORY ${WORK}
    RESULT_VARIABLE result)

if(NOT result EQUAL 0)
    file(GLOB found ${WORK}/artifacts/*)
    if(before)
        list(REMOVE_ITEM found ${before})
    endif()
    message(FATAL_ERROR "${FUZZER} failed (${result}); reproducer: ${found}")
endif()
