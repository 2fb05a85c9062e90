package no.kundeloft.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A feature's UI part that other features' pages may use (a dialog, a card, a panel). Every other
 * UI class is its feature's own; the architecture test refuses reaching into it from elsewhere.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SharedComponent {}
