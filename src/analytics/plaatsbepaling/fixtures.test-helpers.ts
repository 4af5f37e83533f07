/** Small synthetic wijken for tests: A is a unit square with a hole, B is a MultiPolygon. */
export const squareCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: 'WA', naam: 'Vierkant', postcodes: ['1111'], inwoners: 1000 },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
          [
            [0.4, 0.4],
            [0.6, 0.4],
            [0.6, 0.6],
            [0.4, 0.6],
            [0.4, 0.4],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { code: 'WB', naam: 'Eilanden', postcodes: ['2222', '2223'], inwoners: 500 },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0.45, 0.45],
              [0.55, 0.45],
              [0.55, 0.55],
              [0.45, 0.55],
              [0.45, 0.45],
            ],
          ],
          [
            [
              [2, 0],
              [3, 0],
              [3, 1],
              [2, 1],
              [2, 0],
            ],
          ],
        ],
      },
    },
  ],
};

export const straten = [
  { straat: 'Lindelaan', wijk: 'WA', postcode4: '1111' },
  { straat: 'Berkenhof', wijk: 'WB', postcode4: '2222' },
  { straat: 'Nieuwe Gracht', wijk: 'WB', postcode4: '2223' },
  { straat: 'Achterom', wijk: 'WA', postcode4: '1111' },
  { straat: 'Grensweg', wijk: 'WA', postcode4: '1111' },
  { straat: 'Grensweg', wijk: 'WB', postcode4: '2222' },
];
