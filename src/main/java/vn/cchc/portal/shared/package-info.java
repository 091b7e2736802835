/**
 * Value types, text handling and web support used by every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.cchc.portal.shared;

import org.springframework.modulith.ApplicationModule;
