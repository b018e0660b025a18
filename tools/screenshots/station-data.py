#!/usr/bin/env python3
"""Prints, as JSON, the open wave orders of one warehouse with their lines and a sibling variant's barcode (read only).

Usage: python3 station-data.py <data dir>/orderdesk.db [warehouse id] > /tmp/station-data.json
"""
import json, sqlite3, sys

db = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)
warehouse = int(sys.argv[2]) if len(sys.argv) > 2 else 1
code = db.execute('select Code from Warehouses where Id = ?', (warehouse,)).fetchone()[0]
orders = []
for wid, number, order_id, grams in db.execute(
        "select Id, OrderNumber, OrderId, ExpectedWeightGrams from WaveOrders where WarehouseId = ? and Stage = 'Pick' order by ShipBy, Id",
        (warehouse,)).fetchall():
    lines = [dict(sku=s, barcode=b, name=n, qty=q, gift=bool(g)) for s, b, n, q, g in db.execute(
        'select SkuCode, Barcode, ProductName, Quantity, IsGift from WaveOrderLines where WaveOrderId = ? order by IsGift, BinLocation', (wid,))]
    skus = [l['sku'] for l in lines]
    sibling = db.execute(
        f"select Barcode from Skus where Name = ? and Code not in ({','.join('?' * len(skus))}) order by Id limit 1",
        (lines[0]['name'], *skus)).fetchone()
    orders.append(dict(number=number, slip=f'OD{order_id:08d}', grams=grams, lines=lines, sibling=sibling[0] if sibling else None))
print(json.dumps(dict(warehouse=warehouse, station=f'{code}-S01', orders=orders), ensure_ascii=False))
