// Small SVG pictures of the node shapes used on the map, for the legend.
const POLYGONS: Record<string, string> = {
  hexagon: '4,10 7,4.8 13,4.8 16,10 13,15.2 7,15.2',
  diamond: '10,2 18,10 10,18 2,10',
  'round-triangle': '10,3 17,16 3,16',
  star: '10,2 12.2,7.5 18,7.6 13.4,11.2 15,17 10,13.6 5,17 6.6,11.2 2,7.6 7.8,7.5',
  'round-pentagon': '10,2.5 17.5,8 14.6,17 5.4,17 2.5,8',
  'round-octagon': '7,2.5 13,2.5 17.5,7 17.5,13 13,17.5 7,17.5 2.5,13 2.5,7',
  vee: '2.5,3 10,8 17.5,3 10,17.5',
  'round-tag': '2.5,4 13,4 17.5,10 13,16 2.5,16',
};

interface Props {
  shape: string;
  colour: string;
  double?: boolean;
  size?: number;
}

export function ShapeIcon({ shape, colour, double = false, size = 18 }: Props) {
  const stroke = double ? { stroke: '#3B4049', strokeWidth: 1.6 } : { stroke: '#FFFFFF', strokeWidth: 1 };
  const points = POLYGONS[shape];
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" className="shape-icon">
      {points ? (
        <polygon points={points} fill={colour} {...stroke} />
      ) : shape === 'round-rectangle' ? (
        <rect x="3" y="3" width="14" height="14" rx="3" fill={colour} {...stroke} />
      ) : (
        <circle cx="10" cy="10" r="7.5" fill={colour} {...stroke} />
      )}
      {double && <circle cx="10" cy="10" r="9.3" fill="none" stroke="#3B4049" strokeWidth="1" />}
    </svg>
  );
}
