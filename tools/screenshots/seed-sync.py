#!/usr/bin/env python3
"""Seeds quarantined and pending inbox messages, sync states and the last hour of minute statistics into a demo
database, for sync-shots.mjs while the inbox worker and pull scheduler do not produce them yet.
Usage: python3 seed-sync.py <data dir>/orderdesk.db   (once per database: message keys are fixed)"""
import json, sqlite3, sys, time, random
db = sqlite3.connect(sys.argv[1])
now = time.time()
def ticks(t): return int(t * 10_000_000) + 621355968000000000
random.seed(7)
shops = {r[0]: (r[1], r[2]) for r in db.execute("select Id, Platform, Code from Shops")}
def taobao(tid, num, mobile=True):
    trade = {"tid": tid, "status": "WAIT_SELLER_SEND_GOODS", "created": "2026-11-25 01:12:40", "modified": "2026-11-25 01:13:02",
             "buyer_nick": "t**8", "receiver_name": "张伟", "receiver_state": "浙江省", "receiver_city": "杭州市",
             "receiver_district": "西湖区", "receiver_address": "文三路 90 号 3 幢 502", "payment": "118.00", "post_fee": "0.00",
             "orders": {"order": [{"oid": tid * 10 + 1, "outer_sku_id": "TS-RED-M", "title": "纯棉短袖 T 恤", "num": num, "price": "59.00"}]}}
    if mobile: trade["receiver_mobile"] = "138****5678"
    return json.dumps({"trade_fullinfo_get_response": {"trade": trade}}, ensure_ascii=False, separators=(",", ":"))
def jd(oid, status):
    return json.dumps({"jingdong_pop_order_get_responce": {"orderDetailInfo": {"orderInfo": {"orderId": oid, "orderState": status,
        "orderTotalPrice": "249.00", "consigneeInfo": {"fullname": "李娜", "mobile": "139****2231", "province": "广东省", "city": "东莞市",
        "county": "松山湖", "fullAddress": "广东省东莞市松山湖大学路 1 号"}, "itemInfoList": [{"skuId": "100023", "outerSkuId": "PC01-MT-IP16", "itemTotal": 1}]}}}},
        ensure_ascii=False, separators=(",", ":"))
rows = []
reasons_tb = ['Schema: /trade_fullinfo_get_response/trade/orders/order/0/num: Value is "string" but should be "integer"',
              'Schema: /trade_fullinfo_get_response/trade: Required properties ["receiver_mobile"] are not present']
n = 0
for i in range(14):
    shop_id = random.choice([1, 2, 3])
    plat, code = shops[shop_id]
    tid = 4100000000000 + random.randint(0, 99999999)
    bad_num = i % 2 == 0
    payload = taobao(tid, "two" if bad_num else 2, mobile=bad_num)
    rows.append((f"seed:{n}", plat, shop_id, code, random.choice(["Webhook", "Pull"]), "taobao.trade.fullinfo.get", str(tid), payload,
                 ticks(now - random.randint(60, 6 * 3600)), "Quarantined", 1, reasons_tb[0 if bad_num else 1])); n += 1
for i in range(6):
    shop_id = random.choice([4, 5])
    plat, code = shops[shop_id]
    oid = 316000000000 + random.randint(0, 9999999)
    status = "WAIT_SELLER_STOCK_OUT" if i % 3 else "LOCKED_BY_RISK"
    reason = f"Mapping: unknown order status word \"{status}\"" if status == "LOCKED_BY_RISK" else "Retries exhausted (3): stock reservation timed out after 30 s"
    rows.append((f"seed:{n}", plat, shop_id, code, "Pull", "jingdong.pop.order.get", str(oid), jd(oid, status),
                 ticks(now - random.randint(60, 8 * 3600)), "Quarantined", 3 if "Retries" in reason else 1, reason)); n += 1
rows.append((f"seed:{n}", "Pinduoduo", 6, shops[6][1], "Webhook", "pdd.order.status.changed", "", '{"order_sn": "261124-0931", "trade_status": ', ticks(now - 900), "Quarantined", 1, "Not JSON: the body ends after 'trade_status'")); n += 1
for i in range(40):
    shop_id = random.choice(list(shops))
    plat, code = shops[shop_id]
    rows.append((f"seed:{n}", plat, shop_id, code, "Pull", "pending", str(i), "{}", ticks(now - random.randint(1, 120)), "Pending", 0, "")); n += 1
db.executemany("""insert into InboxMessages (MessageKey, Platform, ShopId, ShopCode, Source, Topic, PlatformOrderId, Payload, ReceivedAt, State,
    Attempts, NextAttemptAt, LastError, ProcessedAt, ReplayOfId, ResolutionNote) values (?,?,?,?,?,?,?,?,?,?,?,null,?,null,null,'')""", rows)
states = {1: (120, 60, None, "", None, 0), 2: (90, 45, None, "", None, 0), 3: (1500, 1500, 300, "HTTP 429 from taobao: app call limited, retry after 600 s", now + 540, 1),
          4: (200, 100, None, "", None, 0), 5: (2400, 2400, 60, "isv.invalid-token: access token expired", None, 4), 6: (700, 700, 500, "Timeout after 30 s calling pdd.order.list.increment.get", None, 1)}
for shop_id, (wm, ok, err, msg, paused, fails) in states.items():
    db.execute("insert or replace into ShopSyncStates values (?,?,?,?,?,?,?,?)", (shop_id, ticks(now - wm - 120), ticks(now - min(ok, 60)), ticks(now - ok),
        ticks(now - err) if err else None, msg, ticks(paused) if paused else None, fails))
for shop_id in shops:
    for m in range(60):
        minute = int((now - m * 60) // 60 * 60)
        pulls = 1 if (shop_id != 7 and m % 2 == 0 and shop_id != 5) else 0
        received = random.randint(0, 9) if shop_id not in (5,) else 0
        db.execute("""insert or replace into ChannelMinuteStats (ShopId, Minute, Platform, Received, Created, Updated, Failures, Quarantined, Backfilled, Pulls,
            PullFailures, RateLimited, LatencySumMs, LatencyCount, Latency1s, Latency5s, Latency15s, Latency60s, Latency300s, Latency1800s, LatencyOver)
            values (?,?,?,?,?,0,0,0,0,?,0,0,0,0,0,0,0,0,0,0,0)""", (shop_id, ticks(minute), shops[shop_id][0], received, received, pulls))
db.commit()
print("seeded", n)
