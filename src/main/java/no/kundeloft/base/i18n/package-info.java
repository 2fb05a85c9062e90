/** Norwegian bokmål and English texts for every view. */
package no.kundeloft.base.i18n;
