# Helpers shared by every Groundwork target.

# Our own code builds with strict warnings and strict Qt string handling; third-party code does not.
function(groundwork_strict target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(GROUNDWORK_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # A batch includes .cpp files, so GCC takes an anonymous-namespace type held by a class declared
        # in a header for a header problem. Builds without batches still check it.
        target_compile_options(${target} PRIVATE -Wno-subobject-linkage)
    endif()
    if(GROUNDWORK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_FOREACH QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
endfunction()

# One Qt Test executable per unit: groundwork_add_test(NAME tst_foo SOURCES ... LIBS ... [GUI])
function(groundwork_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES AUTOMOC ON RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    groundwork_strict(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        GROUNDWORK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        GROUNDWORK_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    # Sanitized builds run many times slower (full unwinding on every allocation): a longer limit there.
    if(GROUNDWORK_SANITIZE)
        set(timeout 900)
    else()
        set(timeout 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT ${timeout})
endfunction()
