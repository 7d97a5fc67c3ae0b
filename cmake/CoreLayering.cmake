# casedesk_core must stay free of QtGui and QtWidgets (DESIGN.md, Architecture):
# every rule, sync decision and permission check has to run without a screen.
# casedesk_assert_no_gui() walks a target's link libraries, transitively, and
# stops the configure step if any of them is a GUI module.

function(_casedesk_collect_links target out_var)
    set(seen ${${out_var}})
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(libs ${target} ${property})
        if(NOT libs)
            continue()
        endif()
        foreach(lib IN LISTS libs)
            # Strip generator expressions such as $<LINK_ONLY:...>.
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
            if(lib IN_LIST seen)
                continue()
            endif()
            list(APPEND seen ${lib})
            if(TARGET ${lib})
                get_target_property(aliased ${lib} ALIASED_TARGET)
                if(aliased)
                    list(APPEND seen ${aliased})
                    set(lib ${aliased})
                endif()
                _casedesk_collect_links(${lib} seen)
            endif()
        endforeach()
    endforeach()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(casedesk_assert_no_gui target)
    set(links "")
    _casedesk_collect_links(${target} links)
    foreach(lib IN LISTS links)
        if(lib MATCHES "^Qt6?::(Gui|Widgets|GuiPrivate|WidgetsPrivate|OpenGL|PrintSupport|Quick)$"
           OR lib MATCHES "^Qt6(Gui|Widgets)$")
            message(FATAL_ERROR
                "${target} links ${lib}; casedesk_core must link QtCore, QtSql and QtNetwork only "
                "(DESIGN.md, Architecture). Move the GUI code to ui/.")
        endif()
    endforeach()
endfunction()
