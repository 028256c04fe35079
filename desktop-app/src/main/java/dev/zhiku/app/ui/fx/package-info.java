/** Small JavaFX helpers every screen uses: handing work to the UI thread ({@link dev.zhiku.app.ui.fx.UiThread}). */
package dev.zhiku.app.ui.fx;
