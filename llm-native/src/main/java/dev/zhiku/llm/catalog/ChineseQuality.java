package dev.zhiku.llm.catalog;

/** How well a model reads and writes Chinese, best first. */
public enum ChineseQuality { EXCELLENT, GOOD, FAIR, WEAK }
