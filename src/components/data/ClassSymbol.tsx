import { symbolPath, type ClassStyle } from './classStyle';

/** A small marker of a class (its colour and shape), for legends and the class picker; hidden from readers. */
export function ClassSymbol({ style, size = 14 }: { readonly style: ClassStyle; readonly size?: number }) {
  return (
    <svg className="class-symbol" width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true">
      <path d={symbolPath(style.shape, size * size * 0.4)} fill={style.color} />
    </svg>
  );
}
