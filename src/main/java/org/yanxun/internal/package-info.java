/**
 * Helpers shared by the public packages; not exported from the module and not part of the API.
 */
package org.yanxun.internal;
