"""Cut the bundled sample `data/voc2007_sample` from the shared VOC2007 trainval subset (run once; kept for provenance).

100 images of the official `train` split and 100 of the official `val` split, chosen with a fixed seed so that every
class has at least 3 positives in each half. Files are copied byte for byte; the per-class ImageSets lines are the
official ones, filtered to the chosen ids.
"""
import random, shutil, sys
from collections import Counter
from pathlib import Path

src = Path(sys.argv[1] if len(sys.argv) > 1 else '../shared/data/voc2007_trainval_subset') / 'VOCdevkit/VOC2007'
dst = Path(__file__).resolve().parents[1] / 'data/voc2007_sample/VOCdevkit/VOC2007'
classes = [l.split('_')[0] for l in sorted(p.name for p in (src/'ImageSets/Main').glob('*_trainval.txt'))]
split_ids = {s: (src/f'ImageSets/Main/{s}.txt').read_text().split() for s in ('train', 'val')}
pos = {c: {l.split()[0] for l in (src/f'ImageSets/Main/{c}_trainval.txt').read_text().splitlines() if l.split()[1] == '1'}
       for c in classes}

def pick(ids, n, seed, min_pos=3):
    "Random ids, first topping up every class to `min_pos` positives, then filling to `n`."
    rng = random.Random(seed); ids = sorted(ids); rng.shuffle(ids); chosen = []
    for c in classes:
        have = sum(i in pos[c] for i in chosen)
        for i in ids:
            if have >= min_pos: break
            if i in pos[c] and i not in chosen: chosen.append(i); have += 1
    chosen += [i for i in ids if i not in chosen][:n - len(chosen)]
    return sorted(chosen)

chosen = {s: pick(ids, 100, seed=2007) for s, ids in split_ids.items()}
if dst.exists(): shutil.rmtree(dst)
(dst/'JPEGImages').mkdir(parents=True); (dst/'ImageSets/Main').mkdir(parents=True); (dst/'labels_yolo').mkdir()
keep = set(chosen['train']) | set(chosen['val'])
for i in sorted(keep):
    shutil.copy2(src/f'JPEGImages/{i}.jpg', dst/f'JPEGImages/{i}.jpg')
    shutil.copy2(src/f'labels_yolo/{i}.txt', dst/f'labels_yolo/{i}.txt')
shutil.copy2(src/'labels_yolo/classes.txt', dst/'labels_yolo/classes.txt')
for s in ('train', 'val'): (dst/f'ImageSets/Main/{s}.txt').write_text(''.join(f'{i}\n' for i in chosen[s]))
(dst/'ImageSets/Main/trainval.txt').write_text(''.join(f'{i}\n' for i in sorted(keep)))
for c in classes:
    for s, ids in [('train', chosen['train']), ('val', chosen['val']), ('trainval', sorted(keep))]:
        lines = [l for l in (src/f'ImageSets/Main/{c}_{s}.txt').read_text().splitlines() if l.split()[0] in set(ids)]
        (dst/f'ImageSets/Main/{c}_{s}.txt').write_text(''.join(l + '\n' for l in lines))
for s in ('train', 'val'):
    counts = Counter(c for c in classes for i in chosen[s] if i in pos[c])
    print(s, len(chosen[s]), 'min positives per class:', min(counts[c] for c in classes))
