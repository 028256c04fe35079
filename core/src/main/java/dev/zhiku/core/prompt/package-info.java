/** Fitting a conversation into a model's context, shared by the local engine and the cloud client. */
package dev.zhiku.core.prompt;
