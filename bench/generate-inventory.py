#!/usr/bin/env python3
"""Writes an N-row LiveAccess inventory (CSV, UTF-8, LF) for benchmarks, deterministically.

Usage: generate-inventory.py ROWS OUTPUT.csv [--scenario each|none] [--seed N]

The same ROWS, --scenario and --seed always give the same bytes. The mix imitates real
inventories: English ids and Chinese words for entity types (some with stray spaces or capitals),
0-3 categories per program written every way DOMAIN.md allows (/, ／, >, -, renamed primaries,
category ids, lone secondaries; ; ； | , between pairs), Chinese names (a few with commas or
quotes, so quoted), scenarios as ids or aliases (场景2, 电商带货...), and a small share of rows
that are refused (bad AppId, unknown entity type) or warned about (unknown category).

--scenario each (default): every row names a scenario, so one decision per row.
--scenario none: no row names one, so every row is answered for every scenario.
"""
import argparse
import random
import sys

ENTITIES = [
    ("enterprise", 40), ("企业", 20), ("个体工商户", 5), ("Enterprise", 2), (" 企业 ", 1),
    ("government", 4), ("政府", 4), ("media", 2), ("媒体", 2),
    ("organization", 3), ("其他组织", 2), ("individual", 4), ("个人", 4),
]

# (primary written forms, secondary, weight): the primaries WeChat renamed come in both spellings.
PAIRS = [
    (["电商平台"], "电商平台", 20),
    (["社交"], "直播", 18),
    (["社交"], "直播表演", 4),
    (["教育", "教育服务"], "在线视频课程", 6),
    (["教育", "教育服务"], "培训机构", 4),
    (["教育", "教育服务"], "学历教育", 2),
    (["教育", "教育服务"], "在线教育", 2),
    (["金融", "金融业"], "银行", 2),
    (["金融", "金融业"], "保险", 2),
    (["金融", "金融业"], "证券/期货", 1),
    (["金融", "金融业"], "征信业务", 1),
    (["医疗", "医疗服务"], "互联网医院", 2),
    (["医疗", "医疗服务"], "公立医疗机构", 1),
    (["汽车", "汽车服务"], "汽车预售服务", 1),
    (["汽车", "汽车服务"], "汽车预售", 1),
    (["工具"], "视频客服", 1),
    (["IT科技"], "多方通信", 1),
    (["房地产服务"], "房地产营销", 1),
    (["商业服务"], "公证", 1),
    (["公共服务"], "交通运输", 1),
]
CATEGORY_IDS = ["social/live", "ecommerce/platform", "education/online-video-courses", "finance/bank"]
UNKNOWN_PAIRS = ["游戏/休闲游戏", "社交/直播间", "电商/电商平台", "生活服务/家政"]
INNER = [("/", 70), ("／", 10), (" > ", 8), ("-", 6), (" / ", 6)]
BETWEEN = [(";", 50), ("；", 20), ("|", 10), (",", 10), ("; ", 10)]

SCENARIOS = [
    "government", "ecommerce", "education", "finance", "medical-sales", "medical-consultation",
    "entertainment", "scenic-spot", "auto-presale", "customer-service", "real-estate-marketing",
    "multi-party-conferencing", "av-devices", "notarization", "public-transport",
]
SCENARIO_WEIGHTS = [6, 30, 15, 6, 3, 3, 15, 4, 3, 3, 3, 3, 2, 1, 3]
ALIASES = ["场景1", "场景2", "电商带货", "直播带货", "场景3", "网课", "场景4", "问诊", "场景6", "娱乐", "场景7", "场景8", "视频客服", "房地产"]

NAME_HEADS = ["优选", "直播", "好物", "云端", "智慧", "掌上", "悦享", "乐购", "星光", "青禾", "拾光", "知行", "安心", "城市", "小鹿", "山海"]
NAME_TAILS = ["商城", "课堂", "直播间", "严选", "医院", "银行", "服务", "助手", "生活馆", "旅行", "车市", "会议", "公证处", "新闻"]


def weighted(rng, items):
    """Picks from (value, weight) pairs."""
    total = sum(w for _, w in items)
    r = rng.random() * total
    for value, w in items:
        r -= w
        if r < 0:
            return value
    return items[-1][0]


def app_id(i):
    """A unique, well-spread AppID for row i (splitmix64 of the index)."""
    z = (i + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    z ^= z >> 31
    return "wx%016x" % z


def category(rng, pair_items):
    r = rng.random()
    if r < 0.02:
        return rng.choice(UNKNOWN_PAIRS)
    if r < 0.04:
        return rng.choice(CATEGORY_IDS)
    primaries, secondary = weighted(rng, pair_items)
    if r < 0.06:
        return secondary  # a lone secondary
    return rng.choice(primaries) + weighted(rng, INNER) + secondary


def categories(rng, pair_items):
    count = weighted(rng, [(0, 8), (1, 64), (2, 23), (3, 5)])
    if count == 0:
        return ""
    sep = weighted(rng, BETWEEN)
    return sep.join(category(rng, pair_items) for _ in range(count))


def name(rng):
    r = rng.random()
    base = rng.choice(NAME_HEADS) + rng.choice(NAME_TAILS)
    if r < 0.01:
        return base + ", 旗舰店"
    if r < 0.015:
        return base + ' "官方"'
    if r < 0.50:
        return ""
    return base


def cell(text):
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rows", type=int)
    parser.add_argument("output")
    parser.add_argument("--scenario", choices=["each", "none"], default="each")
    parser.add_argument("--seed", type=int, default=20261121)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    pair_items = [((p, s), w) for p, s, w in PAIRS]
    scenario_items = list(zip(SCENARIOS, SCENARIO_WEIGHTS))
    entity_items = ENTITIES
    out = open(args.output, "w", encoding="utf-8", newline="")
    out.write("AppId,Name,EntityType,Categories,Scenario\n")
    lines = []
    for i in range(args.rows):
        appid = app_id(i)
        entity = weighted(rng, entity_items)
        r = rng.random()
        if r < 0.0005:
            appid = appid[:10]  # refused: bad AppId
        elif r < 0.001:
            entity = "enterprize"  # refused: unknown entity type
        elif r < 0.0015:
            appid = appid.upper()  # accepted: AppIds are normalised to lower case
        scenario = ""
        if args.scenario == "each":
            scenario = rng.choice(ALIASES) if rng.random() < 0.25 else weighted(rng, scenario_items)
        lines.append(",".join((appid, cell(name(rng)), cell(entity), cell(categories(rng, pair_items)), scenario)))
        if len(lines) == 10000:
            out.write("\n".join(lines) + "\n")
            lines.clear()
    if lines:
        out.write("\n".join(lines) + "\n")
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
