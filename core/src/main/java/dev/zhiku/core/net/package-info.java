/**
 * The one door out of this PC: {@link dev.zhiku.core.net.Outbound}. Every outbound connection the product makes
 * (a model download the user started, a cloud question the user allowed, the single-instance signal on loopback)
 * is built and sent here, where it is checked against what the user allows and logged. An architecture rule
 * forbids HTTP clients, URL connections and sockets anywhere else.
 */
package dev.zhiku.core.net;
